using Spinewise.Evidence.Models;
using Spinewise.Evidence.Multivariate;
using Spinewise.Evidence.Tests.Reference;

namespace Spinewise.Evidence.Tests.Multivariate;

/// <summary>Properties of rma.mv that hold whatever metafor printed.</summary>
public sealed class RmaMvPropertyTests
{
    private const double Tol = 1e-7;

    [Fact]
    public void Fit_ClustersReordered_SameEstimates()
    {
        // Given the three-level model, and the same rows with districts in reverse order and schools shuffled within
        var (model, options) = MvCases.Load("multilevel_REML_konstantopoulos2011");
        var a = RmaMv.Fit(model, options);
        int k = model.Yi.Count;
        var order = Enumerable.Range(0, k).OrderByDescending(i => model.Factors["district"][i], StringComparer.Ordinal).ThenBy(i => (i * 7919) % 13).ToArray();
        var permuted = new RmaMvModel
        {
            Yi = [.. order.Select(i => model.Yi[i])],
            V = SamplingCovariance.FromVariances([.. order.Select(i => model.V[i, i])]),
            Random = model.Random,
            Factors = model.Factors.ToDictionary(f => f.Key, f => (IReadOnlyList<string?>)[.. order.Select(i => f.Value[i])]),
        };

        // When both are fitted
        var b = RmaMv.Fit(permuted, options);

        // Then nothing changes
        b.Blocks.ShouldBe(a.Blocks);
        b.Beta[0].ShouldBe(a.Beta[0], Tol);
        b.Se[0].ShouldBe(a.Se[0], Tol);
        b.Sigma2[0].ShouldBe(a.Sigma2[0], Tol);
        b.Sigma2[1].ShouldBe(a.Sigma2[1], Tol);
        b.FitREML.LogLik.ShouldBe(a.FitREML.LogLik, Tol);
        b.QE.ShouldBe(a.QE, 1e-9);
    }

    [Theory]
    [InlineData(TauSquaredEstimator.REML)]
    [InlineData(TauSquaredEstimator.ML)]
    public void Fit_OneLevelOnIndependentRows_EqualsRmaUni(TauSquaredEstimator method)
    {
        // Given bcg's log risk ratios with one random intercept per row
        var input = ReferenceCases.Get("metareg_REML_bcg_ablat")["input"]!.AsObject();
        var yi = Json.Arr(input["yi"]);
        var vi = Json.Arr(input["vi"]);
        var x = CaseInputs.Matrix(input)!;
        var model = new RmaMvModel
        {
            Yi = yi,
            V = SamplingCovariance.FromVariances(vi),
            X = x,
            Random = [RandomTerm.Intercepts("id")],
            Factors = new Dictionary<string, IReadOnlyList<string?>> { ["id"] = [.. Enumerable.Range(1, yi.Length).Select(i => $"s{i}")] },
        };

        // When fitted by rma.mv and by the rma.uni engine (converged tightly)
        var mv = RmaMv.Fit(model, new RmaMvOptions { Method = method });
        var uni = Rma.Fit(yi, vi, new RmaOptions { Method = method, Threshold = 1e-13, MaxIter = 10000 }, x);

        // Then they agree
        mv.Blocks.ShouldBe(yi.Length);
        mv.Sigma2[0].ShouldBe(uni.Tau2, 1e-8);
        for (int j = 0; j < mv.P; j++)
        {
            mv.Beta[j].ShouldBe(uni.Beta[j], Tol);
            mv.Se[j].ShouldBe(uni.Se[j], Tol);
        }

        mv.QE.ShouldBe(uni.QE, 1e-9);
        mv.QM.ShouldBe(uni.QM, 1e-6);
        mv.FitML.LogLik.ShouldBe(uni.FitML.LogLik, Tol);
        mv.FitREML.LogLik.ShouldBe(uni.FitREML.LogLik, Tol);
        mv.FitREML.Aicc.ShouldBe(uni.FitREML.Aicc, Tol);
        mv.FitML.Deviance.ShouldBe(uni.FitML.Deviance, Tol);
    }

    [Fact]
    public void Fit_RhoEstimated_MaximisesOverFixedRho()
    {
        // Given senn2013's consistency model with rho estimated instead of fixed at 1/2
        var (model, options) = MvCases.Load("nma_senn2013_contrast_REML");
        var free = model with { Random = [RandomTerm.CompoundSymmetry("comp", "study")] };

        var est = RmaMv.Fit(free, options);
        var atHalf = RmaMv.Fit(model, options);
        var atEstimate = RmaMv.Fit(model with { Random = [RandomTerm.CompoundSymmetry("comp", "study", est.Rho)] }, options);

        // Then the free fit is at least as likely, counts rho as a parameter, and fixing rho at its estimate gives the same tau2
        est.Rho!.Value.ShouldBeInRange(-1, 1);
        est.FitREML.LogLik.ShouldBeGreaterThanOrEqualTo(atHalf.FitREML.LogLik - 1e-9);
        est.Parms.ShouldBe(atHalf.Parms + 1);
        atEstimate.Tau2!.Value.ShouldBe(est.Tau2!.Value, 1e-6);
        atEstimate.FitREML.LogLik.ShouldBe(est.FitREML.LogLik, 1e-8);
    }

    [Fact]
    public void Wald_AllCoefficients_EqualsQM_And_OneCoefficient_IsZSquared()
    {
        var (model, options) = MvCases.Load("nma_senn2013_contrast_REML");
        var res = RmaMv.Fit(model, options);

        var all = RmaMv.Wald(res, [.. Enumerable.Range(0, res.P)]);
        var one = RmaMv.Wald(res, [2]);

        all.QM.ShouldBe(res.QM, 1e-9);
        all.QMp.ShouldBe(res.QMp, 1e-12);
        one.QM.ShouldBe(res.Zval[2] * res.Zval[2], 1e-9);
        one.QMp.ShouldBe(res.Pval[2], 1e-12);
        one.QMdf1.ShouldBe(1);
    }

    [Fact]
    public void Fit_TTest_UsesResidualDegreesOfFreedom()
    {
        var (model, options) = MvCases.Load("multilevel_REML_konstantopoulos2011");
        var z = RmaMv.Fit(model, options);
        var t = RmaMv.Fit(model, options with { Test = TestType.T });

        t.Ddf.ShouldBe(z.K - z.P);
        t.Zval[0].ShouldBe(z.Zval[0], 1e-12);
        t.Pval[0].ShouldBeGreaterThan(z.Pval[0]);
        t.QM.ShouldBe(z.QM, 1e-9); // one coefficient: F(1, ddf) = z²
        t.QMdf2.ShouldBe(z.K - z.P);
        var wald = RmaMv.Wald(t, [0]);
        wald.QMp.ShouldBe(t.Pval[0], 1e-10);
        var pred = RmaMv.Predict(t);
        (pred.CiUb[0] - pred.CiLb[0]).ShouldBeGreaterThan(z.CiUb[0] - z.CiLb[0]);
    }

    [Fact]
    public void Predict_EqualEffectsModel_HasNoPredictionInterval()
    {
        var (model, options) = MvCases.Load("nma_senn2013_contrast_FE");
        var res = RmaMv.Fit(model, options);

        var pred = RmaMv.Predict(res, [[1, -1, 0, 0, 0, 0, 0, 0, 0]]);

        pred.Pred[0].ShouldBe(res.Beta[0] - res.Beta[1], 1e-12);
        double.IsNaN(pred.PiLb[0]).ShouldBeTrue();
        res.Parms.ShouldBe(res.P);
    }

    [Fact]
    public void Fit_MethodEE_IgnoresRandomTerms()
    {
        var (model, _) = MvCases.Load("nma_senn2013_contrast_REML");
        var (fe, feOptions) = MvCases.Load("nma_senn2013_contrast_FE");

        var ee = RmaMv.Fit(model, new RmaMvOptions { Method = TauSquaredEstimator.EE });
        var none = RmaMv.Fit(fe, feOptions);

        ee.Beta.ShouldBe(none.Beta, 1e-12);
        ee.Tau2.ShouldBeNull();
        ee.FitML.LogLik.ShouldBe(none.FitML.LogLik, 1e-10);
    }

    [Fact]
    public void RandomTerm_Parse_MetaforSyntax()
    {
        var nested = RandomTerm.Parse("~ 1 | district/school", null, out _)!;
        nested.Sigma2Names().ShouldBe(["district", "district/school"]);
        var cs = RandomTerm.Parse("~comp|study", 0.5, out _)!;
        cs.IsInnerOuter.ShouldBeTrue();
        cs.Inner.ShouldBe("comp");
        cs.Outer.ShouldBe("study");
        cs.FixedCorrelation.ShouldBe(0.5);
        RandomTerm.Parse("1 | study", null, out var e1).ShouldBeNull();
        e1.ShouldNotBeNull();
        RandomTerm.Parse("~ comp | a/b", null, out var e2).ShouldBeNull();
        e2!.ShouldContain("inner");
        RandomTerm.Parse("~ comp | study", 1.5, out var e3).ShouldBeNull();
        e3!.ShouldContain("[-1, 1]");
    }

    [Fact]
    public void Fit_NestedFormula_EqualsTwoTermsWithTheInteraction()
    {
        // Given ~ 1 | district/school, and the same as ~ 1 | district plus ~ 1 | ds with ds = district:school
        var (model, options) = MvCases.Load("multilevel_REML_konstantopoulos2011");
        var district = model.Factors["district"];
        var school = model.Factors["school"];
        var ds = Enumerable.Range(0, model.Yi.Count).Select(i => $"{district[i]}.{school[i]}").ToArray();
        var twoTerms = model with
        {
            Random = [RandomTerm.Intercepts("district"), RandomTerm.Intercepts("ds")],
            Factors = new Dictionary<string, IReadOnlyList<string?>> { ["district"] = district, ["ds"] = ds },
        };

        var nested = RmaMv.Fit(model, options);
        var separate = RmaMv.Fit(twoTerms, options);

        // Then the fits agree; only the names differ
        separate.Sigma2Names.ShouldBe(["district", "ds"]);
        separate.Sigma2[0].ShouldBe(nested.Sigma2[0], 1e-9);
        separate.Sigma2[1].ShouldBe(nested.Sigma2[1], 1e-9);
        separate.FitREML.LogLik.ShouldBe(nested.FitREML.LogLik, 1e-10);
    }

    [Fact]
    public void Fit_SchoolNumbersRepeatAcrossDistricts_AreDifferentSchools()
    {
        // ~ 1 | school alone would pool "school 1" of every district; nesting must not
        var (model, options) = MvCases.Load("multilevel_REML_konstantopoulos2011");
        var pooled = RmaMv.Fit(model with { Random = [RandomTerm.Intercepts("school")] }, options);
        var nested = RmaMv.Fit(model, options);

        Math.Abs(pooled.FitREML.LogLik - nested.FitREML.LogLik).ShouldBeGreaterThan(1e-3);
    }

    [Fact]
    public void Fit_VAsBlocks_EqualsDenseV()
    {
        // Given senn2013's dense V, and the same V given as one block per study
        var (model, options) = MvCases.Load("nma_senn2013_contrast_REML");
        var study = model.Factors["study"];
        int k = model.Yi.Count;
        var blocks = Enumerable.Range(0, k).GroupBy(i => study[i], StringComparer.Ordinal)
            .Select(g => new CovarianceBlock([.. g], [.. g.Select(i => (IReadOnlyList<double>)[.. g.Select(j => model.V[i, j])])]))
            .ToList();

        var dense = RmaMv.Fit(model, options);
        var sparse = RmaMv.Fit(model with { V = SamplingCovariance.FromBlocks(k, blocks) }, options);

        // Then nothing changes
        sparse.Blocks.ShouldBe(dense.Blocks);
        sparse.Tau2!.Value.ShouldBe(dense.Tau2!.Value, 1e-12);
        sparse.Beta.ShouldBe(dense.Beta, 1e-12);
        sparse.QE.ShouldBe(dense.QE, 1e-10);
        sparse.FitML.Deviance.ShouldBe(dense.FitML.Deviance, 1e-10);
    }
}
