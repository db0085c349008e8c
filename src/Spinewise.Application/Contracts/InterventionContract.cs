namespace Spinewise.Application.Contracts;

/// <summary>One intervention (<c>GET /api/interventions/{id}</c>).</summary>
/// <param name="KnowledgeVersion">The knowledge version (SHA-256).</param>
/// <param name="Intervention">The intervention.</param>
public sealed record InterventionContract(string KnowledgeVersion, VocabularyEntryJson Intervention);
