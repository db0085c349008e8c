using Spinewise.Evidence.Models;
using static Spinewise.Cli.Commands.Meta.JsonValues;

namespace Spinewise.Cli.Commands.Meta;

/// <summary>An rma.uni fit in the keys and shapes of the metafor reference cases' <c>expected</c> object.</summary>
internal static class RmaJson
{
    /// <summary>
    /// The Q-profile intervals of a fit, as metafor's <c>confint(res, control=list(tol=TOL))</c> with the fit's
    /// <c>--tol</c>; null for equal-effects models and k &lt; 2 (metafor stops there).
    /// </summary>
    public static HeterogeneityIntervals? Confint(RmaResult fit) =>
        fit.Options.IsEqualEffects || fit.K < 2 ? null : Rma.Confint(fit, fit.Options.Tol);

    public static Dictionary<string, object?> From(RmaResult fit, RmaPrediction? prediction, HeterogeneityIntervals? confint)
    {
        bool t = fit.Options.Test != TestType.Z;
        var json = new Dictionary<string, object?>
        {
            ["k"] = fit.K,
            ["p"] = fit.P,
            ["method"] = fit.Options.Method.ToString(),
            ["test"] = fit.Options.Test.ToString().ToLowerInvariant(),
            ["alpha"] = fit.Options.Alpha,
            ["coef_names"] = fit.CoefNames,
            ["beta"] = Arr(fit.Beta),
            ["se"] = Arr(fit.Se),
            [t ? "tval" : "zval"] = Arr(fit.Zval),
            ["pval"] = Arr(fit.Pval),
            ["ci.lb"] = Arr(fit.CiLb),
            ["ci.ub"] = Arr(fit.CiUb),
        };
        if (t)
        {
            json["ddf"] = One(fit.Ddf);
            json["dfs"] = One(fit.Ddf); // metafor's res$dfs: the df of the t tests, k - p
        }

        json["tau2"] = N(fit.Tau2);
        json["se.tau2"] = N(fit.SeTau2);
        json["I2"] = N(fit.I2);
        json["H2"] = N(fit.H2);
        if (!fit.X.IsInterceptOnly) json["R2"] = N(fit.R2);
        json["vt"] = N(fit.Vt);
        json["QE"] = N(fit.QE);
        json["QEdf"] = fit.QEdf;
        json["QEp"] = N(fit.QEp);
        json["QM"] = N(fit.QM);
        json["QMdf"] = new[] { (object?)fit.QMdf1, N(fit.QMdf2) };
        json["QMp"] = N(fit.QMp);
        json["s2w"] = N(fit.S2w);
        json["fit_stats"] = FitStats(fit.FitML, fit.FitREML);
        json["weights_percent"] = Arr(fit.WeightsPercent);
        if (prediction is not null) json["predict"] = Predict(prediction, fit.Options.IsEqualEffects);
        if (confint is not null) json["confint"] = ConfintJson(confint);
        json["converged"] = fit.Converged;
        json["iterations"] = fit.Iterations;
        json["warnings"] = fit.Warnings;
        json["suggestions"] = fit.Suggestions;
        json["rows_used"] = fit.RowsUsed.Select(r => r + 1).ToArray();
        return json;
    }

    public static Dictionary<string, object?> Predict(RmaPrediction p, bool equalEffects)
    {
        var json = new Dictionary<string, object?>
        {
            ["pred"] = Arr(p.Pred), ["se"] = Arr(p.Se), ["ci.lb"] = Arr(p.CiLb), ["ci.ub"] = Arr(p.CiUb),
        };
        if (!equalEffects)
        {
            json["pi.lb"] = Arr(p.PiLb);
            json["pi.ub"] = Arr(p.PiUb);
        }

        return json;
    }

    private static Dictionary<string, object?> ConfintJson(HeterogeneityIntervals ci) => new()
    {
        ["tau2"] = Interval(ci.Tau2), ["tau"] = Interval(ci.Tau), ["I2"] = Interval(ci.I2), ["H2"] = Interval(ci.H2), ["warnings"] = ci.Warnings,
    };

    private static Dictionary<string, object?> Interval(Interval i) => new()
    {
        ["estimate"] = N(i.Estimate), ["ci.lb"] = N(i.Lower), ["ci.ub"] = N(i.Upper),
    };
}
