using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Grading;

/// <summary>A grade of a grading scheme with its meaning.</summary>
/// <param name="Code">The grade as used in recommendations, e.g. <c>A</c>.</param>
/// <param name="Meaning">What the grade means, paraphrased from its source.</param>
/// <param name="SuggestedPractice">The practice the scheme attaches to the grade, when it gives one.</param>
/// <param name="Source">Where the meaning is stated.</param>
public sealed record GradeDefinition(string Code, string Meaning, string? SuggestedPractice, SourceRef Source);
