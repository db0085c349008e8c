namespace Spinewise.Application.Contracts;

/// <summary>The contract of <c>spinewise recommendations --json</c> and <c>GET /api/recommendations</c>.</summary>
/// <param name="KnowledgeVersion">The knowledge version (SHA-256).</param>
/// <param name="Filters">The filters applied, ids resolved (null where not given).</param>
/// <param name="Count">The number of recommendations found.</param>
/// <param name="Recommendations">The recommendations found.</param>
public sealed record RecommendationsContract(string KnowledgeVersion, RecommendationFilters Filters, int Count, IReadOnlyList<RecommendationJson> Recommendations);
