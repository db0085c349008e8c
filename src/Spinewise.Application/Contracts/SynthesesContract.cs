namespace Spinewise.Application.Contracts;

/// <summary>The contract of <c>spinewise syntheses --json</c> and <c>GET /api/syntheses</c>.</summary>
/// <param name="KnowledgeVersion">The knowledge version (SHA-256).</param>
/// <param name="Syntheses">Every evidence synthesis.</param>
public sealed record SynthesesContract(string KnowledgeVersion, IReadOnlyList<SynthesisJson> Syntheses);
