namespace Spinewise.Persistence;

/// <summary>A knowledge version as stored: its id, when it was first stored, and its packed content.</summary>
/// <param name="Id">The version id (SHA-256 of the knowledge files, lower-case hexadecimal).</param>
/// <param name="CreatedAt">When the version was first stored (UTC, to the microsecond).</param>
/// <param name="Content">The packed knowledge files, as given to <see cref="IEvaluationStore.EnsureKnowledgeVersionAsync"/>.</param>
public sealed record StoredKnowledgeVersion(string Id, DateTimeOffset CreatedAt, byte[] Content);
