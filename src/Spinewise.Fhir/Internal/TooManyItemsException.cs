namespace Spinewise.Fhir.Internal;

/// <summary>An array holds more than <see cref="FastFhirReader.MaxItems"/> items.</summary>
/// <param name="path">The array's FHIRPath.</param>
#pragma warning disable CA1032, CA1064 // internal control flow, turned into a diagnostic by the reader
internal sealed class TooManyItemsException(string path) : Exception($"{path} holds more than {FastFhirReader.MaxItems} items")
#pragma warning restore CA1032, CA1064
{
    /// <summary>The array's FHIRPath.</summary>
    public string Path { get; } = path;
}
