using Spinewise.Domain;
using Spinewise.Domain.Decisions;
using Spinewise.Knowledge;

namespace Spinewise.Application;

/// <summary>
/// The knowledge a process serves: a knowledge folder loaded and validated once, its <see cref="DecisionEngine"/>
/// compiled once, and the clock that says what "today" is. Immutable and safe to share between threads; build it with
/// <see cref="Load"/>.
/// </summary>
public sealed class KnowledgeHost
{
    private KnowledgeHost(string directory, KnowledgeSnapshot snapshot, KnowledgeBase knowledge, int fileCount, TimeProvider time)
    {
        Directory = directory;
        Snapshot = snapshot;
        Knowledge = knowledge;
        FileCount = fileCount;
        Time = time;
        Engine = DecisionEngine.Compile(knowledge);
    }

    /// <summary>The full path of the knowledge folder.</summary>
    public string Directory { get; }

    /// <summary>The files the knowledge was loaded from, exactly as read (what the audit trail packs and stores).</summary>
    public KnowledgeSnapshot Snapshot { get; }

    /// <summary>The loaded, valid knowledge.</summary>
    public KnowledgeBase Knowledge { get; }

    /// <summary>The decision engine compiled from <see cref="Knowledge"/>.</summary>
    public DecisionEngine Engine { get; }

    /// <summary>The number of knowledge files read.</summary>
    public int FileCount { get; }

    /// <summary>The clock "today" is read from.</summary>
    public TimeProvider Time { get; }

    /// <summary>The knowledge version: the SHA-256 of the knowledge files, lower-case hexadecimal.</summary>
    public string Version => Knowledge.Version.Sha256;

    /// <summary>Today's date in the clock's local time zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Time.GetLocalNow().DateTime);

    /// <summary>Loads and validates the knowledge in <paramref name="directory"/> and compiles its engine.</summary>
    /// <param name="directory">The knowledge folder (made absolute).</param>
    /// <param name="time">The clock; <see cref="TimeProvider.System"/> in production.</param>
    /// <returns>The host, or every diagnostic when the knowledge is invalid.</returns>
    public static KnowledgeHostLoad Load(string directory, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(time);
        var full = Path.GetFullPath(directory);
        var snapshot = ReadOnce(full);
        if (snapshot is null)
        {
            // A folder that is missing, unreadable or empty: the loader names the problem.
            var failed = KnowledgeLoader.Load(full);
            return KnowledgeHostLoad.Failure(full, failed.FileCount, failed.Diagnostics);
        }

        var result = snapshot.Load();
        return result.TryGetValue(out var knowledge)
            ? KnowledgeHostLoad.Success(new KnowledgeHost(full, snapshot, knowledge, result.FileCount, time))
            : KnowledgeHostLoad.Failure(full, result.FileCount, result.Diagnostics);
    }

    /// <summary>Loads the knowledge of a stored snapshot (a version kept by the audit trail) and compiles its engine.</summary>
    /// <param name="snapshot">The unpacked knowledge files.</param>
    /// <param name="time">The clock.</param>
    /// <returns>The host (its <see cref="Directory"/> names the version, not a folder), or every diagnostic.</returns>
    public static KnowledgeHostLoad FromSnapshot(KnowledgeSnapshot snapshot, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(time);
        var name = "snapshot:" + snapshot.Version.Sha256;
        var result = snapshot.Load();
        return result.TryGetValue(out var knowledge)
            ? KnowledgeHostLoad.Success(new KnowledgeHost(name, snapshot, knowledge, result.FileCount, time))
            : KnowledgeHostLoad.Failure(name, result.FileCount, result.Diagnostics);
    }

    /// <summary>The folder's files read once, or null when the folder is missing, unreadable or holds no knowledge file.</summary>
    private static KnowledgeSnapshot? ReadOnce(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            return null;
        }

        try
        {
            var snapshot = KnowledgeSnapshot.Read(directory);
            return snapshot.Paths.Count == 0 ? null : snapshot;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
