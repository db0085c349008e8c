namespace Spinewise.Application.Contracts.Stored;

/// <summary>One stored evaluation in a listing (no input, no answer: fetch the evaluation for those).</summary>
/// <param name="EvaluationId">The evaluation id (a UUIDv7).</param>
/// <param name="CreatedAt">When it was evaluated (UTC, ISO 8601).</param>
/// <param name="Channel">The channel it came by.</param>
/// <param name="CaseId">The case's own id, or null.</param>
/// <param name="AsOf">The date it was evaluated as of (YYYY-MM-DD).</param>
/// <param name="KnowledgeVersion">The knowledge version it was answered on.</param>
/// <param name="OutputSha256">SHA-256 of the answer as it was given.</param>
public sealed record EvaluationSummaryJson(
    string EvaluationId,
    string CreatedAt,
    string Channel,
    string? CaseId,
    string AsOf,
    string KnowledgeVersion,
    string OutputSha256);
