namespace Spinewise.Evidence.EffectSizes;

/// <summary>Options of <see cref="Escalc.Compute"/>, mirroring metafor's escalc arguments.</summary>
public sealed record EscalcOptions
{
    /// <summary>Zero-cell correction added to counts (<c>add</c>); null uses metafor's default (1/2, or 0 for AS/PAS/PFT).</summary>
    public double? Add { get; init; }

    /// <summary>Where <see cref="Add"/> is applied (<c>to</c>).</summary>
    public ZeroCellRule To { get; init; } = ZeroCellRule.Only0;

    /// <summary>Set studies without events (or only events) in both groups to missing (<c>drop00</c>).</summary>
    public bool Drop00 { get; init; }

    /// <summary>Sampling-variance estimator (<c>vtype</c>).</summary>
    public VarianceType VType { get; init; } = VarianceType.LS;

    /// <summary>metafor's defaults: add=1/2 (measure dependent), to="only0", drop00=FALSE, vtype="LS".</summary>
    public static EscalcOptions Default { get; } = new();

    internal double EffectiveAdd(EffectMeasure measure) =>
        Add ?? (measure is EffectMeasure.AS or EffectMeasure.PAS or EffectMeasure.PFT ? 0.0 : 0.5);
}
