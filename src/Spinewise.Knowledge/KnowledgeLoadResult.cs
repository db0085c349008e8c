using Spinewise.Domain;
using Spinewise.Domain.Diagnostics;

namespace Spinewise.Knowledge;

/// <summary>The outcome of loading a knowledge folder: the knowledge base when valid, otherwise every diagnostic found.</summary>
/// <param name="Knowledge">The loaded knowledge, or <see langword="null"/> when any error was found.</param>
/// <param name="Diagnostics">Every problem found, in file and line order.</param>
/// <param name="Version">Content hash of the files read (also when invalid).</param>
/// <param name="FileCount">Number of knowledge files read.</param>
public sealed record KnowledgeLoadResult(
    KnowledgeBase? Knowledge,
    IReadOnlyList<Diagnostic> Diagnostics,
    KnowledgeVersion Version,
    int FileCount)
{
    /// <summary>True when the knowledge loaded without errors.</summary>
    public bool IsValid => Knowledge is not null;
}
