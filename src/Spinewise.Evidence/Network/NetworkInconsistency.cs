using Spinewise.Evidence.Multivariate;

namespace Spinewise.Evidence.Network;

/// <summary>
/// Inconsistency of the network. The global test is the Wald test of the design-by-treatment interaction terms (Higgins
/// JPT et al. Res Synth Methods 2012;3:98–110): the consistency model is extended to fixed design-specific treatment
/// effects (one effect vector per design), with the same random <c>~ comp | study</c> term and τ² estimated by the same
/// method under that model (<see cref="DesignTau2"/>); QM, the Wald statistic of the design-by-treatment terms at that
/// τ², is χ² with <see cref="Df"/> degrees of freedom.
/// With EE this Wald statistic equals Krahn's Q_inconsistency (Krahn U, Binder H, König J. BMC Med Res Methodol
/// 2013;13:35): Q_total = Q_heterogeneity + Q_inconsistency, the QE of the consistency and of the design-by-treatment
/// model. <see cref="RandomModel"/> is the Jackson et al. (Stat Med 2014;33:3639–54) random inconsistency model of metafor
/// (<c>random = list(~ comp | study, ~ comp | design)</c>, ρ = φ = 1/2) with its γ²; without inconsistency degrees of
/// freedom (no loops and no multi-arm designs overlapping other designs) it is the consistency model.
/// </summary>
/// <param name="Df">Number of design-by-treatment inconsistency parameters (0 when the network cannot be inconsistent).</param>
/// <param name="QM">Wald χ² of the design-by-treatment terms (0 when <see cref="Df"/> is 0).</param>
/// <param name="QMp">Its p value (NaN when <see cref="Df"/> is 0).</param>
/// <param name="QTotal">Krahn's Q_total: the consistency model's QE (sampling variances only).</param>
/// <param name="QTotalDf">Its degrees of freedom (k − (a − 1)).</param>
/// <param name="QHeterogeneity">Q_heterogeneity: the QE of the design-by-treatment model (within-design heterogeneity).</param>
/// <param name="QHeterogeneityDf">Its degrees of freedom.</param>
/// <param name="QInconsistency">Q_inconsistency = Q_total − Q_heterogeneity.</param>
/// <param name="QInconsistencyP">Its χ² p value on <see cref="Df"/> degrees of freedom.</param>
/// <param name="DesignTau2">τ² estimated under the design-by-treatment model (0 for EE; null when <see cref="Df"/> is 0).</param>
/// <param name="RandomModel">The Jackson random inconsistency model (the consistency fit when <see cref="Df"/> is 0).</param>
public sealed record NetworkInconsistency(
    int Df, double QM, double QMp,
    double QTotal, int QTotalDf, double QHeterogeneity, int QHeterogeneityDf, double QInconsistency, double QInconsistencyP,
    double? DesignTau2, RmaMvResult RandomModel);
