using System.Diagnostics.CodeAnalysis;
using Spinewise.Knowledge;

namespace Spinewise.Application;

/// <summary>
/// The outcome of <see cref="KnowledgeHost.Load"/>: either the host, or every diagnostic of the invalid knowledge —
/// never both, never neither.
/// </summary>
public sealed class KnowledgeHostLoad
{
    private readonly KnowledgeHost? _host;

    private KnowledgeHostLoad(string directory, int fileCount, KnowledgeHost? host, IReadOnlyList<KnowledgeDiagnostic> diagnostics)
    {
        Directory = directory;
        FileCount = fileCount;
        _host = host;
        Diagnostics = diagnostics;
    }

    /// <summary>The full path of the knowledge folder that was read.</summary>
    public string Directory { get; }

    /// <summary>The number of knowledge files read (also when invalid).</summary>
    public int FileCount { get; }

    /// <summary>True when the knowledge is valid and <see cref="Host"/> is set.</summary>
    public bool IsValid => _host is not null;

    /// <summary>The host; throws when the knowledge is invalid (check <see cref="IsValid"/> or use <see cref="TryGetHost"/>).</summary>
    public KnowledgeHost Host => _host ?? throw new InvalidOperationException($"The knowledge in {Directory} is invalid ({Diagnostics.Count} errors).");

    /// <summary>Every problem found when the knowledge is invalid (in file and line order); empty when valid.</summary>
    public IReadOnlyList<KnowledgeDiagnostic> Diagnostics { get; }

    /// <summary>The host when the knowledge is valid.</summary>
    /// <param name="host">The host, or <see langword="null"/> when invalid.</param>
    /// <returns>True when the knowledge is valid.</returns>
    public bool TryGetHost([NotNullWhen(true)] out KnowledgeHost? host)
    {
        host = _host;
        return host is not null;
    }

    internal static KnowledgeHostLoad Success(KnowledgeHost host) => new(host.Directory, host.FileCount, host, []);

    internal static KnowledgeHostLoad Failure(string directory, int fileCount, IReadOnlyList<KnowledgeDiagnostic> diagnostics)
    {
        if (diagnostics.Count == 0)
        {
            throw new ArgumentException("An invalid knowledge load needs at least one diagnostic.", nameof(diagnostics));
        }

        return new KnowledgeHostLoad(directory, fileCount, null, diagnostics);
    }
}
