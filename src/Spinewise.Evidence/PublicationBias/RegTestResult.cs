namespace Spinewise.Evidence.PublicationBias;

/// <summary>Regression test for funnel plot asymmetry, as metafor's <c>regtest()</c>.</summary>
/// <param name="Model">The model used.</param>
/// <param name="Predictor">The predictor used.</param>
/// <param name="Statistic">Test statistic of the predictor's coefficient: z for <c>rma</c> with a z test, t otherwise.</param>
/// <param name="IsT">True when <paramref name="Statistic"/> is a t value (metafor's <c>tval</c>).</param>
/// <param name="Pval">Two-sided p value.</param>
/// <param name="Dfs">Degrees of freedom of a t test, NaN for z.</param>
/// <param name="LimitEstimate">The intercept (the estimate as the predictor goes to 0); NaN for the <c>ni</c> predictor.</param>
/// <param name="LimitCiLb">Lower confidence limit of the limit estimate.</param>
/// <param name="LimitCiUb">Upper confidence limit of the limit estimate.</param>
/// <param name="Beta">Coefficients of the underlying regression (intercept, predictor).</param>
/// <param name="Se">Their standard errors.</param>
/// <param name="Tau2">tau² of the underlying rma model (NaN for lm).</param>
/// <param name="Sigma">Residual standard error of the lm model (NaN for rma).</param>
public sealed record RegTestResult(
    RegTestModel Model,
    RegTestPredictor Predictor,
    double Statistic,
    bool IsT,
    double Pval,
    double Dfs,
    double LimitEstimate,
    double LimitCiLb,
    double LimitCiUb,
    IReadOnlyList<double> Beta,
    IReadOnlyList<double> Se,
    double Tau2,
    double Sigma);
