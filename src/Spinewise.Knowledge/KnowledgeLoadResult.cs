using System.Diagnostics.CodeAnalysis;
using Spinewise.Domain;
using Spinewise.Domain.Diagnostics;

namespace Spinewise.Knowledge;

/// <summary>
/// The outcome of loading a knowledge folder: the knowledge base, or every problem found — never both, never neither —
/// together with what is known either way: the content hash of the files read and how many there were.
/// </summary>
public sealed class KnowledgeLoadResult
{
    private KnowledgeLoadResult(Result<KnowledgeBase> outcome, KnowledgeVersion version, int fileCount)
    {
        Outcome = outcome;
        Version = version;
        FileCount = fileCount;
    }

    /// <summary>The knowledge base or the diagnostics, as a plain <see cref="Result{T}"/>.</summary>
    public Result<KnowledgeBase> Outcome { get; }

    /// <summary>Content hash of the files read (also on failure; default when no file could be read).</summary>
    public KnowledgeVersion Version { get; }

    /// <summary>Number of knowledge files read.</summary>
    public int FileCount { get; }

    /// <summary>True when the knowledge loaded without errors.</summary>
    public bool IsSuccess => Outcome.IsSuccess;

    /// <summary>Every problem found (root causes first, then by file and line); empty on success.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => Outcome.Diagnostics;

    /// <summary>The knowledge base.</summary>
    /// <exception cref="InvalidOperationException">The knowledge is invalid.</exception>
    public KnowledgeBase Value => Outcome.Value;

    /// <summary>The knowledge base, when it loaded.</summary>
    /// <param name="knowledge">The knowledge base on success.</param>
    public bool TryGetValue([MaybeNullWhen(false)] out KnowledgeBase knowledge) => Outcome.TryGetValue(out knowledge);

    /// <summary>A knowledge base that loaded from <paramref name="fileCount"/> files.</summary>
    /// <param name="knowledge">The knowledge base (its version is the result's).</param>
    /// <param name="fileCount">Number of files read.</param>
    public static KnowledgeLoadResult Success(KnowledgeBase knowledge, int fileCount)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentOutOfRangeException.ThrowIfNegative(fileCount);
        return new KnowledgeLoadResult(Result<KnowledgeBase>.Success(knowledge), knowledge.Version, fileCount);
    }

    /// <summary>Knowledge that did not load.</summary>
    /// <param name="diagnostics">Every problem found (at least one).</param>
    /// <param name="version">Content hash of the files read.</param>
    /// <param name="fileCount">Number of files read.</param>
    public static KnowledgeLoadResult Failure(IEnumerable<Diagnostic> diagnostics, KnowledgeVersion version, int fileCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fileCount);
        return new KnowledgeLoadResult(Result<KnowledgeBase>.Failure(diagnostics), version, fileCount);
    }
}
