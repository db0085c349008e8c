namespace Spinewise.Application.Contracts;

/// <summary>A population a guideline excludes.</summary>
/// <param name="Condition">The condition id, when the exclusion maps to one.</param>
/// <param name="Text">The exclusion as published.</param>
/// <param name="Source">Where it is stated.</param>
public sealed record PopulationExclusionJson(string? Condition, string Text, SourceRefJson Source);
