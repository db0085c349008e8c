namespace Spinewise.Domain.Decisions.Internal;

/// <summary>What a recommendation's applicability is made of.</summary>
internal enum ApplicabilityFactor
{
    /// <summary>The statement concerns only the cervical or thoracic spine.</summary>
    Region,

    /// <summary>The statement names no population and its topic implies none: it may apply to anyone.</summary>
    NotStated,

    /// <summary>The minimum age of the statement or its guideline's population.</summary>
    Age,

    /// <summary>The pain type it (and its guideline's population) is restricted to.</summary>
    Pain,

    /// <summary>The guideline population's minimum duration.</summary>
    MinimumDuration,

    /// <summary>The duration the statement names ("in acute cases").</summary>
    NamedDuration,

    /// <summary>A population exclusion (index into the spec's exclusions).</summary>
    Exclusion,

    /// <summary>An unverified exclusion whose condition is present: noted, never deciding.</summary>
    UnverifiedExclusion,

    /// <summary>A condition the statement's own population excludes (index into the spec's statement exclusions).</summary>
    StatementExclusion,

    /// <summary>The conditions the statement names or its topic implies (one, or all, present).</summary>
    Conditions,
}
