using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.PublicationBias;

/// <summary>Result of the trim-and-fill method, as metafor's <c>trimfill()</c>.</summary>
/// <param name="K0">Estimated number of missing studies.</param>
/// <param name="SeK0">Its standard error.</param>
/// <param name="PK0">p value of the R0 test that k0 = 0 (NaN for L0).</param>
/// <param name="Side">The side of the funnel plot where studies are imputed: <c>left</c> or <c>right</c>.</param>
/// <param name="Estimator">L0 or R0.</param>
/// <param name="Model">The model fitted to the observed plus filled studies (the original model when k0 = 0).</param>
/// <param name="Yi">Observed then filled effect sizes.</param>
/// <param name="Vi">Their sampling variances.</param>
/// <param name="Fill">True for the filled studies.</param>
public sealed record TrimFillResult(
    int K0, double SeK0, double PK0, string Side, TrimFillEstimator Estimator, RmaResult Model,
    IReadOnlyList<double> Yi, IReadOnlyList<double> Vi, IReadOnlyList<bool> Fill);
