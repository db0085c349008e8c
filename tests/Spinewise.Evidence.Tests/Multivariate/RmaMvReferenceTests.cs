using Spinewise.Evidence.Multivariate;
using Spinewise.Evidence.Network;
using Spinewise.Evidence.Tests.Reference;

namespace Spinewise.Evidence.Tests.Multivariate;

/// <summary>rma.mv against every multilevel and contrast-based network reference case, value by value.</summary>
public sealed class RmaMvReferenceTests
{
    /// <summary>README: rma.mv is optimised by nlminb; coefficients agree to ~1e-6 relative.</summary>
    private static readonly Tolerance Coefficients = new(1e-10, 1e-6);

    /// <summary>README: variance components to ~1e-5 relative.</summary>
    private static readonly Tolerance Variances = new(1e-9, 1e-5);

    /// <summary>README: a variance below ~1e-6 is the boundary 0 (metafor's nlminb stops near 1e-10, the engine at 0).</summary>
    private static readonly Tolerance Boundary = new(1e-6, 0);

    /// <summary>
    /// p values of large statistics amplify the coefficients' 1e-6: d log p ≈ z² · dz/z, so z ≈ 10 (p ≈ 1e-23) gives
    /// ~1e-4 relative.
    /// </summary>
    private static readonly Tolerance PValues = new(1e-12, 2e-4);

    /// <summary>Log-likelihoods are stationary at the optimum: second-order in the parameters' error.</summary>
    private static readonly Tolerance Likelihood = new(1e-7, 1e-8);

    internal static readonly string[] Ids =
    [
        "multilevel_REML_konstantopoulos2011",
        "multilevel_ML_konstantopoulos2011",
        "nma_senn2013_contrast_REML",
        "nma_senn2013_contrast_ML",
        "nma_senn2013_contrast_FE",
        "nma_senn2013_inconsistency_REML",
    ];

    public static TheoryData<string> Cases => new(Ids);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fit_ReferenceCase_MatchesMetafor(string id)
    {
        var (model, options) = MvCases.Load(id);

        var res = RmaMv.Fit(model, options);

        var cmp = new Comparer(id);
        cmp.Scalar("k", res.K, Tolerance.ClosedForm);
        cmp.Scalar("p", res.P, Tolerance.ClosedForm);
        cmp.Exact("method", res.Options.Method.ToString());
        cmp.Exact("test", res.Options.Test.ToString().ToLowerInvariant());
        cmp.Scalar("alpha", res.Options.Alpha, Tolerance.ClosedForm);
        cmp.Exact("coef_names", res.CoefNames);
        cmp.Array("beta", res.Beta, Coefficients);
        cmp.Array("se", res.Se, Coefficients);
        cmp.Array("zval", res.Zval, Coefficients);
        cmp.Array("pval", res.Pval, PValues);
        cmp.Array("ci.lb", res.CiLb, Coefficients);
        cmp.Array("ci.ub", res.CiUb, Coefficients);
        cmp.Matrix("vb", res.Vb, Coefficients);
        if (cmp.Has("sigma2"))
        {
            cmp.Array("sigma2", res.Sigma2, Variances);
            cmp.Exact("sigma2_names", res.Sigma2Names);
        }

        if (cmp.Has("tau2"))
        {
            cmp.Array("tau2", [res.Tau2!.Value], Variances);
            cmp.Array("rho", [res.Rho!.Value], Tolerance.ClosedForm);
            cmp.Exact("G_struct", "CS");
        }

        if (cmp.Has("gamma2"))
        {
            cmp.Array("gamma2", [res.Gamma2!.Value], Boundary);
            cmp.Array("phi", [res.Phi!.Value], Tolerance.ClosedForm);
            cmp.Exact("H_struct", "CS");
        }

        cmp.Scalar("QE", res.QE, Tolerance.ClosedForm);
        cmp.Scalar("QEdf", res.QEdf, Tolerance.ClosedForm);
        cmp.Scalar("QEp", res.QEp, Tolerance.ClosedForm);
        cmp.Scalar("QM", res.QM, Variances);
        cmp.Exact("QMdf", new int?[] { res.QMdf1, null });
        cmp.Scalar("QMp", res.QMp, PValues);
        foreach (var (name, stats) in new[] { ("ML", res.FitML), ("REML", res.FitREML) })
        {
            cmp.Scalar($"fit_stats/{name}/ll", stats.LogLik, Likelihood);
            cmp.Scalar($"fit_stats/{name}/dev", stats.Deviance, Likelihood);
            cmp.Scalar($"fit_stats/{name}/AIC", stats.Aic, Likelihood);
            cmp.Scalar($"fit_stats/{name}/BIC", stats.Bic, Likelihood);
            cmp.Scalar($"fit_stats/{name}/AICc", stats.Aicc, Likelihood);
        }

        if (cmp.Has("predict"))
        {
            var pred = RmaMv.Predict(res);
            cmp.Array("predict/pred", pred.Pred, Coefficients);
            cmp.Array("predict/se", pred.Se, Coefficients);
            cmp.Array("predict/ci.lb", pred.CiLb, Coefficients);
            cmp.Array("predict/ci.ub", pred.CiUb, Coefficients);
            cmp.Array("predict/pi.lb", pred.PiLb, Coefficients);
            cmp.Array("predict/pi.ub", pred.PiUb, Coefficients);
        }

        if (cmp.Has("reference_treatment"))
        {
            cmp.Exact("reference_treatment", "placebo");
        }

        if (cmp.Has("pairwise"))
        {
            ComparePairwiseAndPScores(cmp, res);
        }

        cmp.AssertAll();
    }

    /// <summary>The network layer on this engine's own fit (not on metafor's beta/vb) reproduces predict() and the P-scores.</summary>
    private static void ComparePairwiseAndPScores(Comparer cmp, RmaMvResult res)
    {
        var fit = new NetworkFit(res.CoefNames, "placebo", res.Beta, res.Vb, res.Tau2);
        var byLabel = NetworkRanking.Pairwise(fit).ToDictionary(p => p.Label);
        var labels = Json.Strs(cmp.Use("pairwise/label"));
        cmp.Exact("pairwise/label", labels.Where(byLabel.ContainsKey).ToArray());
        var rows = labels.Select(l => byLabel[l]).ToList();
        cmp.Array("pairwise/pred", [.. rows.Select(r => r.Pred)], Coefficients);
        cmp.Array("pairwise/se", [.. rows.Select(r => r.Se)], Coefficients);
        cmp.Array("pairwise/ci.lb", [.. rows.Select(r => r.CiLb)], Coefficients);
        cmp.Array("pairwise/ci.ub", [.. rows.Select(r => r.CiUb)], Coefficients);
        cmp.Array("pairwise/pi.lb", [.. rows.Select(r => r.PiLb)], Coefficients);
        cmp.Array("pairwise/pi.ub", [.. rows.Select(r => r.PiUb)], Coefficients);
        var scores = NetworkRanking.PScores(fit, smallerIsBetter: true);
        foreach (var name in scores.Keys)
        {
            cmp.Scalar($"pscore/{name}", scores[name], Coefficients);
        }
    }
}
