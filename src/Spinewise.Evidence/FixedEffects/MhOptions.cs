using Spinewise.Evidence.EffectSizes;

namespace Spinewise.Evidence.FixedEffects;

/// <summary>Options of <see cref="MantelHaenszel"/> and <see cref="Peto"/> (metafor's rma.mh / rma.peto defaults).</summary>
public sealed record MhOptions
{
    /// <summary>Zero-cell correction for the yi/vi used in the heterogeneity test (<c>add[1]</c>, default 1/2).</summary>
    public double Add { get; init; } = 0.5;

    /// <summary>Where <see cref="Add"/> applies (<c>to[1]</c>, default only0).</summary>
    public ZeroCellRule To { get; init; } = ZeroCellRule.Only0;

    /// <summary>Drop double-zero tables from yi/vi (<c>drop00[1]</c>, default TRUE).</summary>
    public bool Drop00 { get; init; } = true;

    /// <summary>Continuity correction in the CMH / MH tests (<c>correct</c>, default TRUE).</summary>
    public bool Correct { get; init; } = true;

    /// <summary>Confidence level in percent.</summary>
    public double Level { get; init; } = 95;
}
