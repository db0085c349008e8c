namespace Spinewise.Application.Contracts;

/// <summary>A grading scheme with its strength labels and the guidelines that use it.</summary>
/// <param name="Scheme">The scheme.</param>
/// <param name="Strengths">Its strength labels with their explicit common-scale mapping.</param>
/// <param name="UsedBy">The ids of the guidelines graded with it.</param>
public sealed record SchemeEntryJson(GradingSchemeJson Scheme, IReadOnlyList<StrengthJson> Strengths, IReadOnlyList<string> UsedBy);
