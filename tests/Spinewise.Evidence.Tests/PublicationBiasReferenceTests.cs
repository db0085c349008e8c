using Spinewise.Evidence.Models;
using Spinewise.Evidence.PublicationBias;
using Spinewise.Evidence.Tests.Reference;

namespace Spinewise.Evidence.Tests;

public sealed class PublicationBiasReferenceTests
{
    public static TheoryData<string> RegtestCases => ReferenceCases.Ids("regtest");

    public static TheoryData<string> RanktestCases => ReferenceCases.Ids("ranktest");

    [Theory]
    [MemberData(nameof(RegtestCases))]
    public void RegTest_matches_metafor(string id)
    {
        var c = ReferenceCases.Get(id);
        var input = c["input"]!.AsObject();
        var e = c["expected"]!.AsObject();
        var options = CaseInputs.RmaOptions(input);
        var fit = Rma.Fit(Json.Arr(input["yi"]), Json.Arr(input["vi"]), options);
        var model = Json.S(input["model"]) == "lm" ? RegTestModel.Lm : RegTestModel.Rma;
        var predictor = Enum.Parse<RegTestPredictor>(Json.S(input["predictor"])!, ignoreCase: true);

        var res = RegTest.Compute(fit, model, predictor);

        bool iterative = model == RegTestModel.Rma && options.Method is TauSquaredEstimator.REML or TauSquaredEstimator.ML or TauSquaredEstimator.EB or TauSquaredEstimator.PM;
        var tol = iterative ? Tolerance.Iterative : Tolerance.ClosedForm;
        var cmp = new Comparer(id);
        cmp.Scalar(res.IsT ? "tval" : "zval", res.Statistic, e[res.IsT ? "tval" : "zval"], tol);
        cmp.Scalar("pval", res.Pval, e["pval"], tol);
        if (e["dfs"] is not null) cmp.Scalar("dfs", res.Dfs, e["dfs"], Tolerance.ClosedForm);
        var limit = e["limit_estimate"]!.AsObject();
        cmp.Scalar("limit_estimate.est", res.LimitEstimate, limit["est"], tol);
        cmp.Scalar("limit_estimate.ci.lb", res.LimitCiLb, limit["ci.lb"], tol);
        cmp.Scalar("limit_estimate.ci.ub", res.LimitCiUb, limit["ci.ub"], tol);
        var f = e["fit"]!.AsObject();
        cmp.Array("fit.beta", res.Beta, f["beta"], tol);
        cmp.Array("fit.se", res.Se, f["se"], tol);
        if (f.ContainsKey("tau2")) cmp.Scalar("fit.tau2", res.Tau2, f["tau2"], tol);
        if (f.ContainsKey("sigma")) cmp.Scalar("fit.sigma", res.Sigma, f["sigma"], tol);
        cmp.AssertAll();
    }

    [Theory]
    [MemberData(nameof(RanktestCases))]
    public void RankTest_matches_metafor(string id)
    {
        var c = ReferenceCases.Get(id);
        var input = c["input"]!.AsObject();
        var e = c["expected"]!.AsObject();
        var fit = Rma.Fit(Json.Arr(input["yi"]), Json.Arr(input["vi"]), CaseInputs.RmaOptions(input));

        var res = RankTest.Compute(fit, e["exact_requested"]!.GetValue<bool>());

        var cmp = new Comparer(id);
        cmp.Scalar("tau", res.Tau, e["tau"], Tolerance.ClosedForm);
        cmp.Scalar("pval", res.Pval, e["pval"], Tolerance.ClosedForm);
        cmp.AssertAll();
        res.TiesPresent.ShouldBe(e["ties_present"]!.GetValue<bool>());
    }

    [Fact]
    public void RankTest_WithTies_UsesTheNormalApproximationAndWarnsAsR()
    {
        var fit = Rma.Fit([0.1, 0.3, 0.3, 0.5, 0.9, 0.2], [0.01, 0.02, 0.02, 0.04, 0.05, 0.03]);

        var res = RankTest.Compute(fit);

        res.TiesPresent.ShouldBeTrue();
        res.Exact.ShouldBeFalse();
        res.Warnings.ShouldContain("Cannot compute exact p-value with ties");
        res.Pval.ShouldBeInRange(0, 1);
    }
}

public sealed class InfluenceReferenceTests
{
    public static TheoryData<string> InfluenceCases => ReferenceCases.Ids("influence");

    [Theory]
    [MemberData(nameof(InfluenceCases))]
    public void Influence_matches_metafor(string id)
    {
        var c = ReferenceCases.Get(id);
        var input = c["input"]!.AsObject();
        var e = c["expected"]!.AsObject();
        var options = CaseInputs.RmaOptions(input);
        var fit = Rma.Fit(Json.Arr(input["yi"]), Json.Arr(input["vi"]), options);

        var res = Spinewise.Evidence.Diagnostics.Influence.Compute(fit);

        bool iterative = options.Method is TauSquaredEstimator.REML or TauSquaredEstimator.ML or TauSquaredEstimator.EB or TauSquaredEstimator.PM;
        var tol = iterative ? Tolerance.Iterative : Tolerance.ClosedForm;
        var cmp = new Comparer(id);
        cmp.Array("rstudent", res.Rstudent, e["rstudent"], tol);
        cmp.Array("dffits", res.Dffits, e["dffits"], tol);
        cmp.Array("cook.d", res.CookD, e["cook.d"], tol);
        cmp.Array("cov.r", res.CovR, e["cov.r"], tol);
        cmp.Array("tau2.del", res.Tau2Del, e["tau2.del"], tol);
        cmp.Array("QE.del", res.QEDel, e["QE.del"], tol);
        cmp.Array("hat", res.Hat, e["hat"], tol);
        cmp.Array("weight", res.Weight, e["weight"], tol);
        var dfbs = e["dfbs"]!.AsObject();
        for (int j = 0; j < fit.P; j++) cmp.Array($"dfbs.{fit.CoefNames[j]}", res.Dfbs[j], dfbs[fit.CoefNames[j]], tol);
        cmp.AssertAll();
        res.IsInfluential.ShouldBe(e["is.infl"]!.AsArray().Select(x => x!.GetValue<bool>()).ToArray());
    }
}

public sealed class TrimFillReferenceTests
{
    public static TheoryData<string> TrimFillCases => ReferenceCases.Ids("trimfill");

    [Theory]
    [MemberData(nameof(TrimFillCases))]
    public void TrimFill_matches_metafor(string id)
    {
        var c = ReferenceCases.Get(id);
        var input = c["input"]!.AsObject();
        var e = c["expected"]!.AsObject();
        var options = CaseInputs.RmaOptions(input);
        var fit = Rma.Fit(Json.Arr(input["yi"]), Json.Arr(input["vi"]), options);
        var side = Json.S(input["side"]) is "left" or "right" ? Json.S(input["side"]) : null;
        var estimator = Enum.Parse<TrimFillEstimator>(Json.S(input["estimator"])!);

        var res = TrimFill.Compute(fit, side, estimator);

        bool iterative = options.Method is TauSquaredEstimator.REML or TauSquaredEstimator.ML or TauSquaredEstimator.EB or TauSquaredEstimator.PM;
        var tol = iterative ? Tolerance.Iterative : Tolerance.ClosedForm;
        res.K0.ShouldBe(e["k0"]!.GetValue<int>(), id);
        res.Side.ShouldBe(Json.S(e["side"]), id);
        var cmp = new Comparer(id);
        cmp.Scalar("se.k0", res.SeK0, e["se.k0"], Tolerance.ClosedForm);
        if (e["p.k0"] is not null) cmp.Scalar("p.k0", res.PK0, e["p.k0"], Tolerance.ClosedForm);
        cmp.Scalar("k", res.Model.K, e["k"], Tolerance.ClosedForm);
        cmp.Scalar("beta", res.Model.Beta[0], e["beta"], tol);
        cmp.Scalar("se", res.Model.Se[0], e["se"], tol);
        cmp.Scalar("pval", res.Model.Pval[0], e["pval"], tol);
        cmp.Scalar("ci.lb", res.Model.CiLb[0], e["ci.lb"], tol);
        cmp.Scalar("ci.ub", res.Model.CiUb[0], e["ci.ub"], tol);
        cmp.Scalar("tau2", res.Model.Tau2, e["tau2"], tol);
        cmp.Scalar("I2", res.Model.I2, e["I2"], tol);
        cmp.Scalar("QE", res.Model.QE, e["QE"], tol);
        cmp.Array("augmented_yi", res.Yi, e["augmented_yi"], Tolerance.ClosedForm);
        cmp.Array("augmented_vi", res.Vi, e["augmented_vi"], Tolerance.ClosedForm);
        cmp.AssertAll();
        res.Fill.ShouldBe(e["augmented_fill"]!.AsArray().Select(x => x!.GetValue<bool>()).ToArray());
    }
}
