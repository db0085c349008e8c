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
        var options = CaseInputs.RmaOptions(input);
        var x = CaseInputs.Matrix(input);
        var yi = Json.Arr(input["yi"]);
        var vi = Json.Arr(input["vi"]);
        var res = Rma.Fit(yi, vi, options, x);
        var cmp = new Comparer(id);
        var tol = Iterative(options) ? Tolerance.Iterative : Tolerance.ClosedForm;
        CompareModel(cmp, res, tol);
        if (cmp.Has("predict"))
        {
            // predict.X is the newmods matrix metafor was given (an input), rebuilt here as the rows to predict at
            var newX = cmp.Has("predict/X") ? ((JsonArray)cmp.Use("predict/X")!).Select(r => (IReadOnlyList<double>)Json.Arr(r)).ToList() : null;
            ComparePrediction(cmp, "predict/", Rma.Predict(res, newX), tol);
        }

        // confint(res) and confint(res, control=list(tol=1e-12)): both on the default fit
        if (cmp.Has("confint")) CompareConfint(cmp, "confint", Rma.Confint(res), Tolerance.ConfintDefault, tol);
        if (cmp.Has("confint_tight")) CompareConfint(cmp, "confint_tight", Rma.Confint(res, 1e-12), Tolerance.Tight, tol);
        if (cmp.Has("tight"))
        {
            var rt = Rma.Fit(yi, vi, CaseInputs.Tight(options, Json.S(cmp.Use("tight/control"))), x);
            CompareModel(cmp, rt, Tolerance.Tight, prefix: "tight/");
            if (cmp.Has("tight/pi.lb")) ComparePrediction(cmp, "tight/", Rma.Predict(rt), Tolerance.Tight);
        }

        cmp.AssertAll();
    }

    internal static bool Iterative(RmaOptions options) =>
        options.Method is TauSquaredEstimator.REML or TauSquaredEstimator.ML or TauSquaredEstimator.EB or TauSquaredEstimator.PM;

    internal static void CompareModel(Comparer cmp, RmaResult res, Tolerance tol, string prefix = "")
    {
        void S(string name, double actual, Tolerance t) => cmp.Scalar(prefix + name, actual, t);
        void A(string name, IReadOnlyList<double> actual)
        {
            if (cmp.Has(prefix + name)) cmp.Array(prefix + name, actual, tol);
        }
        void Optional(string name, double actual, Tolerance t)
        {
            if (cmp.Has(prefix + name)) S(name, actual, t);
        }

        if (cmp.Has(prefix + "method")) cmp.Exact(prefix + "method", res.Options.Method.ToString());
        if (cmp.Has(prefix + "test")) cmp.Exact(prefix + "test", res.Options.Test.ToString().ToLowerInvariant());
        Optional("alpha", res.Options.Alpha, Tolerance.ClosedForm);
        if (cmp.Has(prefix + "coef_names")) cmp.Exact(prefix + "coef_names", res.CoefNames);
        Optional("k", res.K, Tolerance.ClosedForm);
        Optional("p", res.P, Tolerance.ClosedForm);
        A("beta", res.Beta); A("se", res.Se); A("pval", res.Pval); A("ci.lb", res.CiLb); A("ci.ub", res.CiUb);
        A("zval", res.Zval); A("tval", res.Zval);
        Optional("tau2", res.Tau2, tol);
        Optional("se.tau2", res.SeTau2, tol);
        Optional("I2", res.I2, tol);
        Optional("H2", res.H2, tol);
        Optional("R2", res.R2, tol);
        Optional("vt", res.Vt, Tolerance.ClosedForm);
        Optional("QE", res.QE, Tolerance.ClosedForm);
        Optional("QEdf", res.QEdf, Tolerance.ClosedForm);
        Optional("QEp", res.QEp, Tolerance.ClosedForm);
        Optional("QM", res.QM, tol);
        Optional("QMp", res.QMp, tol);
        Optional("s2w", res.S2w, tol);
        Optional("ddf", res.Ddf, Tolerance.ClosedForm);
        // metafor's res$dfs: the degrees of freedom of the t tests (k - p), as ddf
        Optional("dfs", res.Ddf, Tolerance.ClosedForm);
        if (cmp.Has(prefix + "QMdf"))
        {
            var qmdf = (JsonArray)cmp.Use(prefix + "QMdf")!;
            cmp.Array(prefix + "QMdf", [res.QMdf1, qmdf.Count > 1 && qmdf[1] is not null ? res.QMdf2 : double.NaN], Tolerance.ClosedForm);
        }

        A("weights_percent", res.WeightsPercent);
        if (!cmp.Has(prefix + "fit_stats")) return;
        foreach (var (lik, stats) in new[] { ("ML", res.FitML), ("REML", res.FitREML) })
        {
            var f = $"{prefix}fit_stats/{lik}/";
            cmp.Scalar(f + "ll", stats.LogLik, tol);
            cmp.Scalar(f + "dev", stats.Deviance, tol);
            cmp.Scalar(f + "AIC", stats.Aic, tol);
            cmp.Scalar(f + "BIC", stats.Bic, tol);
            cmp.Scalar(f + "AICc", stats.Aicc, tol);
        }
    }

    private static void ComparePrediction(Comparer cmp, string prefix, RmaPrediction pred, Tolerance tol)
    {
        foreach (var (key, values) in new[] { ("pred", pred.Pred), ("se", pred.Se), ("ci.lb", pred.CiLb), ("ci.ub", pred.CiUb), ("pi.lb", pred.PiLb), ("pi.ub", pred.PiUb) })
        {
            // the tight objects hold only pi.*; EE models have no pi.* (metafor reports none, the engine gives NaN)
            if (cmp.Has(prefix + key)) cmp.Array(prefix + key, values, tol);
            else if (key.StartsWith("pi.", StringComparison.Ordinal) && prefix == "predict/") values.ShouldAllBe(v => double.IsNaN(v));
        }
    }

    private static void CompareConfint(Comparer cmp, string name, HeterogeneityIntervals ci, Tolerance limits, Tolerance estimate)
    {
        foreach (var (key, iv) in new[] { ("tau2", ci.Tau2), ("tau", ci.Tau), ("I2", ci.I2), ("H2", ci.H2) })
        {
            cmp.Scalar($"{name}/{key}/estimate", iv.Estimate, estimate);
            cmp.Scalar($"{name}/{key}/ci.lb", iv.Lower, limits);
            cmp.Scalar($"{name}/{key}/ci.ub", iv.Upper, limits);
        }
    }
}
