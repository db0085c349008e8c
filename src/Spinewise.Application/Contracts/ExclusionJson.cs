namespace Spinewise.Application.Contracts;

/// <summary>A population a synthesis excludes.</summary>
/// <param name="Condition">The condition id, when the exclusion maps to one.</param>
/// <param name="Text">The exclusion as published.</param>
/// <param name="Source">Where it is stated.</param>
public sealed record ExclusionJson(string? Condition, string Text, SourceJson Source);
