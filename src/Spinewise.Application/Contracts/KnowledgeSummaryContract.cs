namespace Spinewise.Application.Contracts;

/// <summary>The contract of <c>spinewise kb validate --json</c>: whether the knowledge is valid, its counts or every error.</summary>
/// <param name="KnowledgeVersion">The content hash of the files read (also when invalid).</param>
/// <param name="Directory">The knowledge folder.</param>
/// <param name="Valid">True when the knowledge loaded without errors.</param>
/// <param name="Files">The number of knowledge files read.</param>
/// <param name="Counts">What the knowledge holds; null when invalid.</param>
/// <param name="Errors">Every error; empty when valid.</param>
public sealed record KnowledgeSummaryContract(string KnowledgeVersion, string Directory, bool Valid, int Files, KnowledgeCountsJson? Counts, IReadOnlyList<KnowledgeDiagnosticJson> Errors);
