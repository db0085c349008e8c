namespace Spinewise.Application.Contracts.Diff;

/// <summary>How an entry differs between two evaluations.</summary>
public enum ChangeKind
{
    /// <summary>Only in the later evaluation.</summary>
    Added,

    /// <summary>Only in the earlier evaluation.</summary>
    Removed,

    /// <summary>In both, with a different value.</summary>
    Changed,
}
