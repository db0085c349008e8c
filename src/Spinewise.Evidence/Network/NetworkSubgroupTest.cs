namespace Spinewise.Evidence.Network;

/// <summary>
/// Wald test that the treatment effects (vs the common reference) are equal across subgroups: with b_g, vb_g the
/// effects of the treatments every fitted subgroup has, W_g = vb_g⁻¹ and b̄ = (Σ W_g)⁻¹ Σ W_g b_g,
/// QM = Σ_g (b_g − b̄)ᵀ W_g (b_g − b̄) ~ χ² with (G − 1)·p degrees of freedom — the multivariate form of the Q-between
/// test of a subgroup analysis (subgroups are independent sets of studies); for two subgroups
/// QM = (b_1 − b_2)ᵀ (vb_1 + vb_2)⁻¹ (b_1 − b_2).
/// </summary>
/// <param name="Subgroups">The subgroups compared (those that could be fitted).</param>
/// <param name="Treatments">The treatments compared: those every compared subgroup estimates against the reference.</param>
/// <param name="QM">The Wald χ² statistic.</param>
/// <param name="Df">Its degrees of freedom, (G − 1)·p.</param>
/// <param name="QMp">Its p value.</param>
public sealed record NetworkSubgroupTest(IReadOnlyList<string> Subgroups, IReadOnlyList<string> Treatments, double QM, int Df, double QMp);
