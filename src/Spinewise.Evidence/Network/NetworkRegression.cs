using Spinewise.Evidence.Multivariate;

namespace Spinewise.Evidence.Network;

/// <summary>
/// Network meta-regression on a study-level moderator m: the consistency model with, for each treatment t, an
/// interaction column x_t · m (metafor's <c>mods = ~ (A + B + …) + (A + B + …):m - 1</c>, treatment × moderator), same
/// random term and method. A categorical moderator gives one interaction per treatment and level after the reference
/// level (x_t · [m = level], treatment contrasts); the model's fit and the Wald test equal metafor's for the formula
/// above with m a factor, which codes the first treatment's interaction with every level instead. Interactions that the data cannot estimate (aliased, e.g. a treatment only in studies with the
/// same m) are dropped, as metafor drops redundant columns. The treatment coefficients are the effects at m = 0;
/// the interaction of t is the change of t's effect vs the reference per unit of m (categorical: at the reference level,
/// and the change at each other level).
/// </summary>
/// <param name="Moderator">The moderator's name.</param>
/// <param name="Interactions">The treatments whose interaction is estimated, in coefficient order (categorical: the
/// interaction coefficients' names, <c>treatment:nameLEVEL</c>).</param>
/// <param name="Test">Wald test that every interaction is 0 (does the moderator modify the treatment effects?).</param>
/// <param name="Fit">The fitted model: coefficients = treatments, then <c>treatment:moderator</c> interactions.</param>
public sealed record NetworkRegression(string Moderator, IReadOnlyList<string> Interactions, MvWaldTest Test, RmaMvResult Fit)
{
    /// <summary>A categorical moderator's levels among the network's studies, the reference level first; null when numeric.</summary>
    public IReadOnlyList<string>? Levels { get; init; }
}
