namespace Spinewise.Fhir;

/// <summary>Marks the assembly that reads FHIR R4 records into case drafts.</summary>
public static class FhirAssembly
{
    /// <summary>The FHIR version this assembly reads.</summary>
    public const string FhirVersion = "4.0.1";
}
