using Spinewise.Evidence.Multivariate;

namespace Spinewise.Evidence.Network;

/// <summary>
/// Network meta-regression on a study-level moderator m: the consistency model with, for each treatment t, an
/// interaction column x_t · m (metafor's <c>mods = ~ (A + B + …) + (A + B + …):m - 1</c>, treatment × moderator), same
/// random term and method. Interactions that the data cannot estimate (aliased, e.g. a treatment only in studies with the
/// same m) are dropped, as metafor drops redundant columns. The treatment coefficients are the effects at m = 0;
/// the interaction of t is the change of t's effect vs the reference per unit of m.
/// </summary>
/// <param name="Moderator">The moderator's name.</param>
/// <param name="Interactions">The treatments whose interaction is estimated, in coefficient order.</param>
/// <param name="Test">Wald test that every interaction is 0 (does the moderator modify the treatment effects?).</param>
/// <param name="Fit">The fitted model: coefficients = treatments, then <c>treatment:moderator</c> interactions.</param>
public sealed record NetworkRegression(string Moderator, IReadOnlyList<string> Interactions, MvWaldTest Test, RmaMvResult Fit);
