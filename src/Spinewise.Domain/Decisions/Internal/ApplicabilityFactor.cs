namespace Spinewise.Domain.Decisions.Internal;

/// <summary>What a recommendation's applicability is made of.</summary>
internal enum ApplicabilityFactor
{
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

    /// <summary>The conditions the statement names (one of them present).</summary>
    Conditions,
}
