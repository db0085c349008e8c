using Spinewise.Evidence.Common;
using Spinewise.Evidence.EffectSizes;
using Spinewise.Evidence.Multivariate;

namespace Spinewise.Evidence.Network;

/// <summary>A fitted network meta-analysis: the data as fitted, the model, and everything derived from it.</summary>
public sealed record NetworkResult
{
    /// <summary>The network's shape: treatments, comparisons, designs, multi-arm studies.</summary>
    public required NetworkGeometry Geometry { get; init; }

    /// <summary>The effect measure of the contrasts (null when contrasts were given directly).</summary>
    public required EffectMeasure? Measure { get; init; }

    /// <summary>The model that gives <see cref="Effects"/>, <see cref="League"/> and <see cref="Ranking"/>.</summary>
    public required NetworkModel Model { get; init; }

    /// <summary>The reference treatment.</summary>
    public required string Reference { get; init; }

    /// <summary>Every treatment: the coefficients' treatments in ordinal order, then the reference.</summary>
    public required IReadOnlyList<string> Treatments { get; init; }

    /// <summary>
    /// The contrasts fitted: against each study's baseline arm (the reference when the study has it, otherwise the
    /// study's treatment last in ordinal order — metafor's <c>to.wide</c> rule), studies in ordinal order.
    /// </summary>
    public required IReadOnlyList<NetworkContrastRow> Contrasts { get; init; }

    /// <summary>The sampling covariance of <see cref="Contrasts"/> by study: one block per study.</summary>
    public required IReadOnlyList<CovarianceBlock> V { get; init; }

    /// <summary>The rma.mv fit of <see cref="Model"/> (its coefficients are the treatment effects vs the reference).</summary>
    public required RmaMvResult Fit { get; init; }

    /// <summary>Every treatment against the reference (<c>Treatment1</c> = treatment, <c>Treatment2</c> = reference), with CIs and PIs.</summary>
    public required IReadOnlyList<NetworkContrast> Effects { get; init; }

    /// <summary>The league table: every pairwise difference A − B, A before B in <see cref="Treatments"/> order, with CIs and PIs.</summary>
    public required IReadOnlyList<NetworkContrast> League { get; init; }

    /// <summary>P-score, SUCRA, mean rank and rank probabilities of every treatment, best first.</summary>
    public required IReadOnlyList<NetworkRank> Ranking { get; init; }

    /// <summary>Wald test that every treatment effect vs the reference is 0 (metafor's QM, or <c>anova(res, btt = "treatment")</c> for the arm-based model).</summary>
    public required MvWaldTest TreatmentTest { get; init; }

    /// <summary>τ² of a contrast (heterogeneity), or null for EE.</summary>
    public required double? Tau2 { get; init; }

    /// <summary>The global inconsistency assessment (null for the arm-based model or when not asked for).</summary>
    public required NetworkInconsistency? Inconsistency { get; init; }

    /// <summary>Direct vs indirect evidence per comparison with direct evidence (empty for the arm-based model or when not asked for).</summary>
    public required IReadOnlyList<NetworkSplit> Split { get; init; }

    /// <summary>The network meta-regression on <see cref="NetworkOptions.Moderator"/>, or null without one.</summary>
    public NetworkRegression? Regression { get; init; }

    /// <summary>Warnings that did not stop the fit (zero-cell corrections, multi-arm contrasts without covariances).</summary>
    public required IReadOnlyList<DataDiagnostic> Warnings { get; init; }
}
