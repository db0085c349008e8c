namespace Spinewise.Fhir.Internal;

/// <summary>
/// A problem the fast reader reports itself, because the Firely reader would not locate it (a missing
/// <c>resourceType</c>, a root that is not an object) or should not be given the input (an array over
/// <see cref="FastFhirReader.MaxItems"/>).
/// </summary>
/// <param name="code">The diagnostic code (<see cref="FhirDiagnosticCodes"/>).</param>
/// <param name="path">The element's FHIRPath.</param>
/// <param name="message">What is wrong.</param>
#pragma warning disable CA1032, CA1064 // internal control flow, turned into a diagnostic by the reader
internal sealed class FastReadException(string code, string path, string message) : Exception(message)
#pragma warning restore CA1032, CA1064
{
    /// <summary>The diagnostic code.</summary>
    public string Code { get; } = code;

    /// <summary>The element's FHIRPath.</summary>
    public string Path { get; } = path;
}
