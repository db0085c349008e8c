namespace Spinewise.Application.Contracts;

/// <summary>The contract of <c>spinewise trials --json</c> and <c>GET /api/trials</c>.</summary>
/// <param name="KnowledgeVersion">The knowledge version (SHA-256).</param>
/// <param name="Intervention">The intervention filter, resolved (null when not given).</param>
/// <param name="Trials">The trials.</param>
public sealed record TrialsContract(string KnowledgeVersion, string? Intervention, IReadOnlyList<TrialJson> Trials);
