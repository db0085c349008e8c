namespace Spinewise.Application.Contracts.Stored;

/// <summary>One page of stored evaluations, newest first (<c>GET /api/evaluations</c>).</summary>
/// <param name="Items">The evaluations of this page.</param>
/// <param name="NextCursor">The <c>cursor</c> of the next page; null on the last page.</param>
public sealed record EvaluationPageContract(IReadOnlyList<EvaluationSummaryJson> Items, string? NextCursor);
