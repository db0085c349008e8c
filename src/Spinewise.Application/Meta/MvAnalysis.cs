using Spinewise.Evidence.Models;
using Spinewise.Evidence.Multivariate;

namespace Spinewise.Application.Meta;

/// <summary>The engine's side of a <c>meta mv</c> run: the fit, its pooled estimate, the Wald test, the variance components' CIs, and what the summary names.</summary>
/// <param name="Fit">The rma.mv fit.</param>
/// <param name="Prediction">The pooled estimate (intercept-only models), or null.</param>
/// <param name="Anova">The Wald test of the <c>btt</c> coefficients, or null.</param>
/// <param name="Random">The random-effects terms fitted (empty for an equal-effects model).</param>
/// <param name="SigmaLevels">Levels of each σ² component, in the order of <see cref="RmaMvResult.Sigma2Names"/>.</param>
/// <param name="CorrelatedLevels">For each <c>~ inner | outer</c> term: its levels of inner and outer factor.</param>
/// <param name="Confint">The profile-likelihood CIs of the variance components when asked (<c>confint</c>), or null.</param>
public sealed record MvAnalysis(
    RmaMvResult Fit, RmaPrediction? Prediction, MvWaldTest? Anova, IReadOnlyList<RandomTerm> Random,
    IReadOnlyList<int> SigmaLevels, IReadOnlyList<(int Inner, int Outer)> CorrelatedLevels, IReadOnlyList<MvProfileComponent>? Confint = null);
