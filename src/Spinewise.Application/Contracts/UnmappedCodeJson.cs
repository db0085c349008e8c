namespace Spinewise.Application.Contracts;

/// <summary>A code in a FHIR chart that maps to nothing.</summary>
/// <param name="Reference">The resource (<c>Condition/abc</c>, its <c>fullUrl</c>, or its path).</param>
/// <param name="Element">The coding's FHIRPath in the input.</param>
/// <param name="System">The coding's system URI.</param>
/// <param name="Code">The code.</param>
/// <param name="Display">The coding's display, or <see langword="null"/>.</param>
public sealed record UnmappedCodeJson(string Reference, string Element, string System, string Code, string? Display);
