namespace Spinewise.Domain.Evidence;

/// <summary>What a trial or synthesis compared the intervention with.</summary>
public enum Comparator
{
    /// <summary>A sham procedure.</summary>
    Sham,

    /// <summary>Usual care.</summary>
    UsualCare,

    /// <summary>An active treatment (e.g. conventional medical management).</summary>
    Active,

    /// <summary>A mix of comparators.</summary>
    Mixed,

    /// <summary>No comparator (single-arm).</summary>
    None,

    /// <summary>The source does not say.</summary>
    NotStated,
}
