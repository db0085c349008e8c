namespace Spinewise.Application.Contracts;

/// <summary>The contract of <c>spinewise trial show ID --json</c> and <c>GET /api/trials/{id}</c>.</summary>
/// <param name="KnowledgeVersion">The knowledge version (SHA-256).</param>
/// <param name="Trial">The trial.</param>
public sealed record TrialContract(string KnowledgeVersion, TrialJson Trial);
