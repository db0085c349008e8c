namespace Spinewise.Persistence;

/// <summary>Which stored evaluations to list, and which page.</summary>
public sealed record EvaluationQuery
{
    /// <summary>The largest page size.</summary>
    public const int MaxLimit = 1000;

    /// <summary>The page size used when none is given.</summary>
    public const int DefaultLimit = 50;

    /// <summary>Only evaluations of the case with this id; all when <see langword="null"/>.</summary>
    public string? CaseId { get; init; }

    /// <summary>Only the evaluations of the CDS Hooks call with this <c>hookInstance</c>; all when <see langword="null"/>.</summary>
    public string? HookInstance { get; init; }

    /// <summary>Only evaluations made at or after this time (inclusive).</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only evaluations made before this time (exclusive).</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>The <see cref="EvaluationPage.NextCursor"/> of the page before; the first page when <see langword="null"/>.</summary>
    public EvaluationCursor? Cursor { get; init; }

    /// <summary>Page size, 1 to <see cref="MaxLimit"/>.</summary>
    public int Limit { get; init; } = DefaultLimit;
}
