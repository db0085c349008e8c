using System.Text.Json.Nodes;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Tests.Reference;

namespace Spinewise.Evidence.Tests;

public sealed class RmaReferenceTests
{
    public static TheoryData<string> Cases => ReferenceCases.Ids("rma.uni", "knha", "rma.uni.variant", "meta-regression");

    [Theory]
    [MemberData(nameof(Cases))]
    public void RmaUni_matches_metafor(string id)
    {
        var c = ReferenceCases.Get(id);
        var input = c["input"]!.AsObject();
        var e = c["expected"]!.AsObject();
        var options = CaseInputs.RmaOptions(input);
        var x = CaseInputs.Matrix(input);
        var yi = Json.Arr(input["yi"]);
        var vi = Json.Arr(input["vi"]);
        var res = Rma.Fit(yi, vi, options, x);
        var cmp = new Comparer(id);
        bool iterative = options.Method is TauSquaredEstimator.REML or TauSquaredEstimator.ML or TauSquaredEstimator.EB or TauSquaredEstimator.PM;
        var tol = iterative ? Tolerance.Iterative : Tolerance.ClosedForm;
        CompareModel(cmp, res, e, tol);
        if (e["predict"] is JsonObject pr)
        {
            var newX = e["predict"]!["X"] is JsonArray px ? px.Select(r => (IReadOnlyList<double>)Json.Arr(r)).ToList() : null;
            var pred = Rma.Predict(res, newX);
            cmp.Array("predict.pred", pred.Pred, pr["pred"], tol);
            cmp.Array("predict.se", pred.Se, pr["se"], tol);
            cmp.Array("predict.ci.lb", pred.CiLb, pr["ci.lb"], tol);
            cmp.Array("predict.ci.ub", pred.CiUb, pr["ci.ub"], tol);
            cmp.Array("predict.pi.lb", pred.PiLb, pr["pi.lb"], tol);
            cmp.Array("predict.pi.ub", pred.PiUb, pr["pi.ub"], tol);
        }
        if (e["confint"] is JsonObject ci) CompareConfint(cmp, "confint", Rma.Confint(res), ci, Tolerance.ConfintDefault, tol);
        if (e["confint_tight"] is JsonObject cit) CompareConfint(cmp, "confint_tight", Rma.Confint(res, 1e-12), cit, Tolerance.Tight, tol);
        if (e["tight"] is JsonObject t)
        {
            var rt = Rma.Fit(yi, vi, CaseInputs.Tight(options), x);
            CompareModel(cmp, rt, t, Tolerance.Tight, prefix: "tight.");
            if (t["pi.lb"] is not null)
            {
                var pt = Rma.Predict(rt);
                cmp.Array("tight.pi.lb", pt.PiLb, t["pi.lb"], Tolerance.Tight);
                cmp.Array("tight.pi.ub", pt.PiUb, t["pi.ub"], Tolerance.Tight);
            }
        }
        cmp.AssertAll();
    }

    internal static void CompareModel(Comparer cmp, RmaResult res, JsonObject e, Tolerance tol, string prefix = "")
    {
        void S(string name, double actual, Tolerance t)
        {
            if (e.ContainsKey(name)) cmp.Scalar(prefix + name, actual, e[name], t);
        }
        void A(string name, IReadOnlyList<double> actual) => cmp.Array(prefix + name, actual, e[name], tol);
        S("k", res.K, Tolerance.ClosedForm);
        S("p", res.P, Tolerance.ClosedForm);
        A("beta", res.Beta); A("se", res.Se); A("pval", res.Pval); A("ci.lb", res.CiLb); A("ci.ub", res.CiUb);
        A(e.ContainsKey("tval") ? "tval" : "zval", res.Zval);
        S("tau2", res.Tau2, tol);
        S("se.tau2", res.SeTau2, tol);
        S("I2", res.I2, tol);
        S("H2", res.H2, tol);
        S("vt", res.Vt, Tolerance.ClosedForm);
        S("QE", res.QE, Tolerance.ClosedForm);
        S("QEdf", res.QEdf, Tolerance.ClosedForm);
        S("QEp", res.QEp, Tolerance.ClosedForm);
        S("QM", res.QM, tol);
        S("QMp", res.QMp, tol);
        S("s2w", res.S2w, tol);
        S("ddf", res.Ddf, Tolerance.ClosedForm);
        if (e.ContainsKey("R2")) cmp.Scalar(prefix + "R2", res.R2, e["R2"], tol);
        if (e["QMdf"] is JsonArray qmdf)
        {
            cmp.Scalar(prefix + "QMdf[0]", res.QMdf1, qmdf[0], Tolerance.ClosedForm);
            cmp.Scalar(prefix + "QMdf[1]", res.QMdf2, qmdf[1], Tolerance.ClosedForm);
        }
        if (e["weights_percent"] is not null) A("weights_percent", res.WeightsPercent);
        if (e["fit_stats"] is JsonObject fs)
        {
            foreach (var (lik, stats) in new[] { ("ML", res.FitML), ("REML", res.FitREML) })
            {
                var f = fs[lik]!;
                cmp.Scalar($"{prefix}fit_stats.{lik}.ll", stats.LogLik, f["ll"], tol);
                cmp.Scalar($"{prefix}fit_stats.{lik}.dev", stats.Deviance, f["dev"], tol);
                cmp.Scalar($"{prefix}fit_stats.{lik}.AIC", stats.Aic, f["AIC"], tol);
                cmp.Scalar($"{prefix}fit_stats.{lik}.BIC", stats.Bic, f["BIC"], tol);
                cmp.Scalar($"{prefix}fit_stats.{lik}.AICc", stats.Aicc, f["AICc"], tol);
            }
        }
    }

    private static void CompareConfint(Comparer cmp, string name, HeterogeneityIntervals ci, JsonObject e, Tolerance limits, Tolerance estimate)
    {
        foreach (var (key, iv) in new[] { ("tau2", ci.Tau2), ("tau", ci.Tau), ("I2", ci.I2), ("H2", ci.H2) })
        {
            var x = e[key]!;
            cmp.Scalar($"{name}.{key}.estimate", iv.Estimate, x["estimate"], estimate);
            cmp.Scalar($"{name}.{key}.ci.lb", iv.Lower, x["ci.lb"], limits);
            cmp.Scalar($"{name}.{key}.ci.ub", iv.Upper, x["ci.ub"], limits);
        }
    }
}
