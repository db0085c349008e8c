using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Grading;

/// <summary>A strength label of a grading scheme and the common-scale strength it is explicitly mapped to.</summary>
/// <param name="Label">The label as the scheme uses it, e.g. <c>strong</c>, <c>consider</c>.</param>
/// <param name="Normalised">Its value on the common scale.</param>
/// <param name="Meaning">What it means, paraphrased from its source.</param>
/// <param name="Source">Where it is stated.</param>
public sealed record StrengthDefinition(string Label, StrengthLevel Normalised, string Meaning, SourceRef Source);
