namespace Spinewise.Persistence;

/// <summary>One page of stored evaluations.</summary>
/// <param name="Items">The evaluations, newest first (by time, then id).</param>
/// <param name="NextCursor">Where the next page starts; <see langword="null"/> when this is the last page.</param>
public sealed record EvaluationPage(IReadOnlyList<EvaluationRecord> Items, EvaluationCursor? NextCursor);
