using Spinewise.Domain.Grading;

namespace Spinewise.Application.Contracts;

/// <summary>A strength label and the common-scale strength a scheme maps it to.</summary>
/// <param name="Label">The label as published.</param>
/// <param name="Normalised">The common-scale strength.</param>
/// <param name="Meaning">What the label means, per the source.</param>
/// <param name="Source">Where the mapping is stated.</param>
public sealed record StrengthJson(string Label, StrengthLevel Normalised, string Meaning, SourceJson Source);
