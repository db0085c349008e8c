namespace Spinewise.Persistence.Screening;

/// <summary>One page of screening jobs, newest first, and where the next page starts (null on the last).</summary>
/// <param name="Items">The jobs of the page.</param>
/// <param name="NextCursor">The position after the last job, or null.</param>
public sealed record ScreeningJobPage(IReadOnlyList<ScreeningJobRecord> Items, EvaluationCursor? NextCursor);
