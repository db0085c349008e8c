namespace Spinewise.Evidence.Models;

/// <summary>Log-likelihood based fit statistics of one likelihood (ML or REML), as metafor's <c>fit.stats</c>.</summary>
/// <param name="LogLik">ll: log-likelihood (REML includes metafor's ½ log|X'X| constant).</param>
/// <param name="Deviance">dev: deviance.</param>
/// <param name="Aic">AIC.</param>
/// <param name="Bic">BIC.</param>
/// <param name="Aicc">AICc.</param>
public sealed record FitStatistics(double LogLik, double Deviance, double Aic, double Bic, double Aicc);
