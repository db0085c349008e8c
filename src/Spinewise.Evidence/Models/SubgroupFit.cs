namespace Spinewise.Evidence.Models;

/// <summary>The model fitted within one subgroup.</summary>
/// <param name="Level">Group label.</param>
/// <param name="Fit">Intercept-only fit of the subgroup.</param>
/// <param name="Prediction">Pooled estimate with confidence and prediction interval.</param>
public sealed record SubgroupFit(string Level, RmaResult Fit, RmaPrediction Prediction);
