using Spinewise.Knowledge;

namespace Spinewise.Application;

/// <summary>
/// Thrown when a service provider is asked for the <see cref="KnowledgeHost"/> and the configured knowledge is
/// invalid. A host that wants to report the errors and stop calls <see cref="KnowledgeHost.Load"/> itself at start.
/// </summary>
public sealed class KnowledgeLoadException : Exception
{
    /// <summary>Creates the exception for an invalid knowledge load.</summary>
    /// <param name="load">The failed load.</param>
    public KnowledgeLoadException(KnowledgeHostLoad load)
        : base($"The knowledge in {load?.Directory} is invalid ({load?.Diagnostics.Count} errors).")
    {
        ArgumentNullException.ThrowIfNull(load);
        Directory = load.Directory;
        Diagnostics = load.Diagnostics;
    }

    /// <summary>The knowledge folder.</summary>
    public string Directory { get; }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<KnowledgeDiagnostic> Diagnostics { get; }
}
