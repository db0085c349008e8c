using Spinewise.Evidence.EffectSizes;
using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.Network;

/// <summary>Options of <see cref="NetworkMetaAnalysis.Fit"/>, with metafor's defaults where metafor has them.</summary>
public sealed record NetworkOptions
{
    /// <summary>Effect measure of the contrasts built from arms: MD (default), SMD, ROM, OR, RR, RD or AS. Ignored for contrast input.</summary>
    public EffectMeasure Measure { get; init; } = EffectMeasure.MD;

    /// <summary>Zero-cell and variance options of escalc (metafor's defaults: add 1/2 to tables with a zero cell).</summary>
    public EscalcOptions Escalc { get; init; } = EscalcOptions.Default;

    /// <summary>The reference treatment; null for the most frequent treatment (metafor's <c>to.wide</c> default; ties by ordinal name order).</summary>
    public string? Reference { get; init; }

    /// <summary>The model giving the treatment effects (default: the contrast-based consistency model).</summary>
    public NetworkModel Model { get; init; } = NetworkModel.Consistency;

    /// <summary>method: REML (default), ML or EE/FE (no random effects).</summary>
    public TauSquaredEstimator Method { get; init; } = TauSquaredEstimator.REML;

    /// <summary>rho: the fixed correlation of the study-level random effects (1/2, metafor's standard for NMA).</summary>
    public double Rho { get; init; } = 0.5;

    /// <summary>phi: the fixed correlation of the design-level random effects of the inconsistency model (1/2).</summary>
    public double Phi { get; init; } = 0.5;

    /// <summary>Confidence level in percent (default 95).</summary>
    public double Level { get; init; } = 95;

    /// <summary>Whether lower effects are better (for P-scores, SUCRA and rank probabilities); default false.</summary>
    public bool SmallerIsBetter { get; init; }

    /// <summary>Whether to fit the inconsistency models and split direct from indirect evidence (contrast-based model only); default true.</summary>
    public bool AssessInconsistency { get; init; } = true;

    /// <summary>A study-level moderator for network meta-regression (contrast-based model only); null for none.</summary>
    public NetworkModerator? Moderator { get; init; }

    /// <summary>Draws from N(beta, vb) for the rank probabilities (0 to skip them); default 10 000.</summary>
    public int RankSimulations { get; init; } = 10_000;

    /// <summary>Seed of the rank-probability draws, so the same data give the same probabilities.</summary>
    public int RankSeed { get; init; } = 20130101;
}
