using System.Text.Json;

namespace Spinewise.Application.Contracts.Stored;

/// <summary>
/// One stored evaluation as the API shows it (<c>GET /api/evaluations/{id}</c>): what was received, on which knowledge
/// version, when, and the answer re-computed from the stored input on that version, with whether its SHA-256 still
/// equals the one stored when the answer was given.
/// </summary>
/// <param name="EvaluationId">The evaluation id (a UUIDv7).</param>
/// <param name="CreatedAt">When it was evaluated (UTC, ISO 8601).</param>
/// <param name="Channel">The channel it came by: <c>api</c>, later <c>cds-hooks</c>.</param>
/// <param name="CaseId">The case's own id, or null when it had none.</param>
/// <param name="AsOf">The date it was evaluated as of (YYYY-MM-DD).</param>
/// <param name="KnowledgeVersion">The knowledge version it was answered on.</param>
/// <param name="InputContentType">The media type the input was received as.</param>
/// <param name="Input">The input as received (the stored bytes, parsed as JSON).</param>
/// <param name="OutputSha256">SHA-256 of the answer as it was given (lower-case hexadecimal).</param>
/// <param name="OutputLength">Length of the answer as it was given, in bytes.</param>
/// <param name="RecomputedSha256">SHA-256 of <paramref name="Result"/> as serialized now.</param>
/// <param name="Reproduced">Whether <paramref name="RecomputedSha256"/> equals <paramref name="OutputSha256"/>: the answer shown is the one given, bit for bit.</param>
/// <param name="Result">The answer, re-computed from the stored input on the stored knowledge version.</param>
public sealed record StoredEvaluationContract(
    string EvaluationId,
    string CreatedAt,
    string Channel,
    string? CaseId,
    string AsOf,
    string KnowledgeVersion,
    string InputContentType,
    JsonElement Input,
    string OutputSha256,
    long OutputLength,
    string RecomputedSha256,
    bool Reproduced,
    RecommendContract Result);
