namespace Spinewise.Application.Contracts;

/// <summary>The contract of <c>spinewise interventions --json</c> and <c>GET /api/interventions</c>.</summary>
/// <param name="KnowledgeVersion">The knowledge version (SHA-256).</param>
/// <param name="Count">The number of interventions.</param>
/// <param name="Interventions">Every intervention id with label, synonyms and variants.</param>
public sealed record InterventionsContract(string KnowledgeVersion, int Count, IReadOnlyList<VocabularyEntryJson> Interventions);
