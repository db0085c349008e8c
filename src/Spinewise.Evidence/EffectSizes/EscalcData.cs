namespace Spinewise.Evidence.EffectSizes;

/// <summary>
/// Raw study-level input for <see cref="Escalc.Compute"/>, columns named exactly as metafor's escalc arguments.
/// Missing values are <see cref="double.NaN"/>. Only the columns required by the chosen measure need to be set.
/// </summary>
public sealed record EscalcData
{
    /// <summary>ai: events (outcome 1) in group 1 of a 2x2 table.</summary>
    public IReadOnlyList<double>? Ai { get; init; }
    /// <summary>bi: non-events (outcome 2) in group 1 of a 2x2 table.</summary>
    public IReadOnlyList<double>? Bi { get; init; }
    /// <summary>ci: events (outcome 1) in group 2 of a 2x2 table.</summary>
    public IReadOnlyList<double>? Ci { get; init; }
    /// <summary>di: non-events (outcome 2) in group 2 of a 2x2 table.</summary>
    public IReadOnlyList<double>? Di { get; init; }
    /// <summary>n1i: size of group 1 (2x2 tables: ai + bi; means: sample size of group 1).</summary>
    public IReadOnlyList<double>? N1i { get; init; }
    /// <summary>n2i: size of group 2 (2x2 tables: ci + di; means: sample size of group 2).</summary>
    public IReadOnlyList<double>? N2i { get; init; }
    /// <summary>x1i: number of events in group 1 (incidence rates).</summary>
    public IReadOnlyList<double>? X1i { get; init; }
    /// <summary>x2i: number of events in group 2 (incidence rates).</summary>
    public IReadOnlyList<double>? X2i { get; init; }
    /// <summary>t1i: person-time at risk in group 1.</summary>
    public IReadOnlyList<double>? T1i { get; init; }
    /// <summary>t2i: person-time at risk in group 2.</summary>
    public IReadOnlyList<double>? T2i { get; init; }
    /// <summary>m1i: mean of group 1.</summary>
    public IReadOnlyList<double>? M1i { get; init; }
    /// <summary>m2i: mean of group 2.</summary>
    public IReadOnlyList<double>? M2i { get; init; }
    /// <summary>sd1i: standard deviation of group 1.</summary>
    public IReadOnlyList<double>? Sd1i { get; init; }
    /// <summary>sd2i: standard deviation of group 2.</summary>
    public IReadOnlyList<double>? Sd2i { get; init; }
    /// <summary>xi: number of events (proportions).</summary>
    public IReadOnlyList<double>? Xi { get; init; }
    /// <summary>mi: number of non-events (proportions) or the mean (MN), as in metafor.</summary>
    public IReadOnlyList<double>? Mi { get; init; }
    /// <summary>ni: total sample size (proportions, correlations, means).</summary>
    public IReadOnlyList<double>? Ni { get; init; }
    /// <summary>sdi: standard deviation (MN).</summary>
    public IReadOnlyList<double>? Sdi { get; init; }
    /// <summary>ri: raw correlation coefficient (COR, ZCOR).</summary>
    public IReadOnlyList<double>? Ri { get; init; }
}
