namespace Spinewise.Application.Contracts;

/// <summary>The contract of <c>spinewise guidelines --json</c> and <c>GET /api/guidelines</c>.</summary>
/// <param name="KnowledgeVersion">The knowledge version (SHA-256).</param>
/// <param name="Guidelines">Every guideline's summary row.</param>
public sealed record GuidelinesContract(string KnowledgeVersion, IReadOnlyList<GuidelineSummaryJson> Guidelines);
