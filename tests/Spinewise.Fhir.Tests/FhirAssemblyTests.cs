namespace Spinewise.Fhir.Tests;

public sealed class FhirAssemblyTests
{
    [Fact]
    public void FhirVersion_IsR4() => FhirAssembly.FhirVersion.ShouldStartWith("4.0");
}
