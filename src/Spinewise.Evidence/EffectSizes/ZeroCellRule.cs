namespace Spinewise.Evidence.EffectSizes;

/// <summary>Where the zero-cell correction <c>add</c> is applied (metafor's <c>to</c> argument).</summary>
public enum ZeroCellRule
{
    /// <summary><c>to="only0"</c>: only to studies with at least one zero cell (metafor default).</summary>
    Only0,
    /// <summary><c>to="all"</c>: to every cell of every study.</summary>
    All,
    /// <summary><c>to="if0all"</c>: to every study if any study has a zero cell.</summary>
    If0All,
    /// <summary><c>to="none"</c>: never.</summary>
    None,
}
