namespace Spinewise.Application.CdsHooks;

/// <summary>A card's urgency (CDS Hooks 2.0 <c>indicator</c>), in increasing order.</summary>
public enum CdsIndicator
{
    /// <summary><c>info</c>: nothing below applies.</summary>
    Info,

    /// <summary><c>warning</c>: a guideline that applies recommends against the procedure, or a prerequisite a source states is not met.</summary>
    Warning,

    /// <summary><c>critical</c>: a contraindication a source states is met.</summary>
    Critical,
}
