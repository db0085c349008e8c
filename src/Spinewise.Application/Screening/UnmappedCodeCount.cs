namespace Spinewise.Application.Screening;

/// <summary>A code that maps to nothing and how many resources of the export carry it.</summary>
/// <param name="System">The coding's system URI.</param>
/// <param name="Code">The code.</param>
/// <param name="Display">A display seen with it, or <see langword="null"/>.</param>
/// <param name="Count">How many times it was found.</param>
public sealed record UnmappedCodeCount(string System, string Code, string? Display, long Count);
