namespace Spinewise.Fhir;

/// <summary>A code in the chart that the code map does not map to anything (or to more than one intervention), listed rather than dropped.</summary>
/// <param name="Reference">The resource: <c>Condition/abc</c>, its <c>fullUrl</c>, or its path in the input.</param>
/// <param name="Element">The FHIRPath of the coding in the input (<c>Bundle.entry[3].resource.code.coding[0]</c>).</param>
/// <param name="System">The coding's system URI (empty when the coding has none).</param>
/// <param name="Code">The coding's code (empty when the coding has none).</param>
/// <param name="Display">The coding's display, or <see langword="null"/>.</param>
public sealed record UnmappedCode(string Reference, string Element, string System, string Code, string? Display);
