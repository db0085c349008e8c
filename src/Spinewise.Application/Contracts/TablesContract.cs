namespace Spinewise.Application.Contracts;

/// <summary>The contract of <c>spinewise tables --guideline ID --json</c> and <c>GET /api/tables?guideline=</c>.</summary>
/// <param name="KnowledgeVersion">The knowledge version (SHA-256).</param>
/// <param name="Guideline">The guideline id.</param>
/// <param name="Tables">The guideline's tables.</param>
public sealed record TablesContract(string KnowledgeVersion, string Guideline, IReadOnlyList<TableJson> Tables);
