using Spinewise.Application.Meta.Contracts;
using Spinewise.Evidence.Models;
using static Spinewise.Application.Meta.MetaNumber;

namespace Spinewise.Application.Meta.Internal;

/// <summary>Maps rma.uni fits to their contracts, in the keys and shapes of the metafor reference cases.</summary>
internal static class RmaReports
{
    /// <summary>
    /// The Q-profile intervals of a fit, as metafor's <c>confint(res, control=list(tol=TOL))</c> with the fit's
    /// tol; null for equal-effects models and k &lt; 2 (metafor stops there).
    /// </summary>
    public static HeterogeneityIntervals? Confint(RmaResult fit) =>
        fit.Options.IsEqualEffects || fit.K < 2 ? null : Rma.Confint(fit, fit.Options.Tol);

    public static RmaModelReport Model(RmaResult fit, RmaPrediction? prediction, HeterogeneityIntervals? confint)
    {
        bool t = fit.Options.Test != TestType.Z;
        return new RmaModelReport
        {
            K = fit.K, P = fit.P, Method = fit.Options.Method.ToString(), Test = fit.Options.Test.ToString().ToLowerInvariant(),
            Alpha = fit.Options.Alpha, CoefNames = [.. fit.CoefNames], Beta = List(fit.Beta), Se = List(fit.Se),
            Tval = t ? List(fit.Zval) : null, Zval = t ? null : List(fit.Zval), Pval = List(fit.Pval), CiLb = List(fit.CiLb), CiUb = List(fit.CiUb),
            Ddf = t ? One(fit.Ddf) : null, Dfs = t ? One(fit.Ddf) : null, // metafor's res$dfs: the df of the t tests, k - p
            Tau2 = fit.Tau2, SeTau2 = fit.SeTau2, I2 = fit.I2, H2 = fit.H2, R2 = fit.X.IsInterceptOnly ? null : fit.R2,
            Vt = fit.Vt, QE = fit.QE, QEdf = fit.QEdf, QEp = fit.QEp, QM = fit.QM, QMdf = [fit.QMdf1, fit.QMdf2], QMp = fit.QMp,
            S2w = fit.S2w, FitStats = FitStats(fit.FitML, fit.FitREML), WeightsPercent = List(fit.WeightsPercent),
            Predict = prediction is null ? null : Predict(prediction, fit.Options.IsEqualEffects),
            Confint = confint is null ? null : ConfintReport(confint),
            Converged = fit.Converged, Iterations = fit.Iterations, Warnings = [.. fit.Warnings], Suggestions = [.. fit.Suggestions],
            RowsUsed = [.. fit.RowsUsed.Select(r => r + 1)],
        };
    }

    public static FitStatisticsPair FitStats(FitStatistics ml, FitStatistics reml) => new() { Ml = Stats(ml), Reml = Stats(reml) };

    private static FitStatisticsReport Stats(FitStatistics s) => new() { LogLik = s.LogLik, Deviance = s.Deviance, Aic = s.Aic, Bic = s.Bic, Aicc = s.Aicc };

    private static PredictionReport Predict(RmaPrediction p, bool equalEffects) => new()
    {
        Pred = List(p.Pred), Se = List(p.Se), CiLb = List(p.CiLb), CiUb = List(p.CiUb),
        PiLb = equalEffects ? null : List(p.PiLb), PiUb = equalEffects ? null : List(p.PiUb),
    };

    private static ConfintReport ConfintReport(HeterogeneityIntervals ci) => new()
    {
        Tau2 = Interval(ci.Tau2), Tau = Interval(ci.Tau), I2 = Interval(ci.I2), H2 = Interval(ci.H2), Warnings = [.. ci.Warnings],
    };

    private static IntervalReport Interval(Interval i) => new() { Estimate = i.Estimate, CiLb = i.Lower, CiUb = i.Upper };
}
