namespace Spinewise.Application.Contracts;

/// <summary>The contract of <c>spinewise schemes --json</c> and <c>GET /api/schemes</c>.</summary>
/// <param name="KnowledgeVersion">The knowledge version (SHA-256).</param>
/// <param name="Schemes">Every grading scheme with its strengths and the guidelines using it.</param>
public sealed record SchemesContract(string KnowledgeVersion, IReadOnlyList<SchemeEntryJson> Schemes);
