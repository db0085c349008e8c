using Spinewise.Evidence.Common;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Multivariate;

namespace Spinewise.Evidence.Tests.Multivariate;

/// <summary>
/// Profile-likelihood CIs of rma.mv variance components against metafor 3.8-1's <c>confint(res)</c>; the numbers
/// are printed by <c>confint.R</c> beside this file (<c>Rscript confint.R ../shared/reference/metafor/data</c>).
/// </summary>
public sealed class RmaMvConfintTests
{
    /// <summary>
    /// Bounds: 1e-6 relative. metafor's uniroot tolerance is eps^0.25 ≈ 1.2e-4 (absolute on the bound), so another
    /// root finder could land anywhere within ~1e-4 of metafor's root; the engine runs the same uniroot (a port of
    /// R_zeroin2) on the same interval with profile statistics that agree to ~1e-9, so its iterates follow metafor's
    /// and the bounds agree to ~1e-9 relative on these cases.
    /// </summary>
    private const double BoundTol = 1e-6;

    /// <summary>Estimates: as the fit's reference tests (variance components ~1e-5 relative).</summary>
    private const double EstimateTol = 1e-5;

    [Fact]
    public void Confint_ThreeLevelReml_MatchesMetafor()
    {
        // Given the three-level model of dat.konstantopoulos2011 (schools within districts), REML
        var fit = Fit("multilevel_REML_konstantopoulos2011");

        // When the profile CIs are computed
        var ci = RmaMv.Confint(fit);

        // Then sigma^2.1 (district) and sigma^2.2 (district/school) and their square roots are metafor's
        ci.Count.ShouldBe(2);
        Check(ci[0].Value, "sigma^2.1", 0.06506194428, 0.02223278877, 0.2072417304);
        Check(ci[0].Sqrt!, "sigma.1", 0.2550724295, 0.1491066356, 0.455238103);
        Check(ci[1].Value, "sigma^2.2", 0.03273651703, 0.01627352805, 0.06282545985);
        Check(ci[1].Sqrt!, "sigma.2", 0.1809323548, 0.1275677391, 0.2506500745);
        ci.ShouldAllBe(c => c.Notes.Count == 0 && c.Value.Lower == ProfileBound.Root && c.Value.Upper == ProfileBound.Root);
    }

    [Fact]
    public void Confint_ThreeLevelMl_MatchesMetafor()
    {
        var ci = RmaMv.Confint(Fit("multilevel_ML_konstantopoulos2011"));

        Check(ci[0].Value, "sigma^2.1", 0.05773835886, 0.01980835803, 0.1759388094);
        Check(ci[1].Value, "sigma^2.2", 0.03286479186, 0.01633914552, 0.06310943955);
        Check(ci[1].Sqrt!, "sigma.2", 0.1812864911, 0.1278246671, 0.2512159222);
    }

    [Fact]
    public void Confint_Level90_UsesTheFitsLevel()
    {
        // Given the REML three-level model fitted at level = 90
        var (model, options) = MvCases.Load("multilevel_REML_konstantopoulos2011");
        var fit = RmaMv.Fit(model, options with { Level = 90 });

        // Then the bounds are metafor's confint at 90 % (critical value qchisq(0.90, 1))
        var ci = RmaMv.Confint(fit);
        Check(ci[0].Value, "sigma^2.1", 0.06506194428, 0.02663976678, 0.1692931617);
        Check(ci[1].Value, "sigma^2.2", 0.03273651703, 0.01835014759, 0.05661301692);
    }

    [Theory]
    [InlineData(TauSquaredEstimator.REML, 0.02502042689, 0.008612178011, 0.135728079, 0.5290409613, -0.6090546141, 0.9599870121)]
    [InlineData(TauSquaredEstimator.ML, 0.0197396099, 0.007248970628, 0.08817155785, 0.5530612943, -0.5245302018, 0.9577694106)]
    public void Confint_CompoundSymmetryWithRhoEstimated_MatchesMetafor(
        TauSquaredEstimator method, double tau2, double tau2Lb, double tau2Ub, double rho, double rhoLb, double rhoUb)
    {
        // Given dat.berkey1998 (two outcomes per trial, known covariances), ~ outcome | trial with struct CS
        var fit = RmaMv.Fit(Berkey(), new RmaMvOptions { Method = method });

        // When the profile CIs are computed (tau^2 with rho re-estimated, and rho with tau^2 re-estimated)
        var ci = RmaMv.Confint(fit);

        // Then both match metafor's
        ci.Count.ShouldBe(2);
        Check(ci[0].Value, "tau^2", tau2, tau2Lb, tau2Ub);
        Check(ci[0].Sqrt!, "tau", Math.Sqrt(tau2), Math.Sqrt(tau2Lb), Math.Sqrt(tau2Ub));
        Check(ci[1].Value, "rho", rho, rhoLb, rhoUb);
        ci[1].Sqrt.ShouldBeNull();
    }

    [Fact]
    public void Confint_NetworkWithFixedRho_OnlyTau2()
    {
        // Given the contrast-based senn2013 network with rho fixed at 1/2
        var ci = RmaMv.Confint(Fit("nma_senn2013_contrast_REML"));

        // Then rho gets no interval and tau^2 is metafor's
        ci.Count.ShouldBe(1);
        Check(ci[0].Value, "tau^2", 0.09991454413, 0.04311549152, 0.2446308633);
        Check(ci[0].Sqrt!, "tau", 0.3160926195, 0.2076427016, 0.4946017219);
    }

    [Fact]
    public void Confint_InconsistencyVarianceAtZero_LowerBoundIsZero()
    {
        // Given the inconsistency model (tau^2 for studies, gamma^2 for designs; rho and phi fixed), gamma^2 estimated at 0
        var ci = RmaMv.Confint(Fit("nma_senn2013_inconsistency_REML"));

        // Then gamma^2's lower bound is the limit 0, with a note, and the upper bound is metafor's
        ci.Select(c => c.Value.Name).ShouldBe(["tau^2", "gamma^2"]);
        Check(ci[0].Value, "tau^2", 0.09991454439, 0.04310450334, 0.2446308632);
        var gamma2 = ci[1].Value;
        gamma2.Estimate.ShouldBe(0, 1e-6);
        gamma2.CiLb.ShouldBe(0);
        gamma2.Lower.ShouldBe(ProfileBound.ParameterLimit);
        gamma2.LowerSign.ShouldBe("");
        gamma2.CiUb.ShouldBe(0.1284116591, 0.1284116591 * BoundTol);
        gamma2.Upper.ShouldBe(ProfileBound.Root);
        ci[1].Sqrt!.CiUb.ShouldBe(0.3583457257, 0.3583457257 * BoundTol);
        ci[1].Notes.ShouldHaveSingleItem().ShouldContain("lower bound of gamma^2 is the limit of the parameter space (0)");
    }

    [Fact]
    public void Confint_TwoClusters_UpperBoundBeyondTheSearchInterval()
    {
        // Given two clusters (yi = -1, 1; vi = 0.01): REML sigma^2 = 1.99, and the profile is still within the
        // critical value at vc.max = 100 × 1.99
        var model = new RmaMvModel
        {
            Yi = [-1.0, 1.0],
            V = SamplingCovariance.FromVariances([0.01, 0.01]),
            Random = [RandomTerm.Intercepts("id")],
            Factors = new Dictionary<string, IReadOnlyList<string?>> { ["id"] = ["a", "b"] },
        };

        // When the profile CI is computed
        var ci = RmaMv.Confint(RmaMv.Fit(model)).ShouldHaveSingleItem();

        // Then ci.ub is vc.max printed as ">199" (metafor: ub.sign '>'), with a note, and the lower bound a root
        Check(ci.Value, "sigma^2", 1.990000014, 0.2862464608, 199.0000014);
        Check(ci.Sqrt!, "sigma", 1.410673603, 0.5350200565, 14.10673603);
        ci.Value.Upper.ShouldBe(ProfileBound.SearchLimit);
        ci.Value.UpperSign.ShouldBe(">");
        ci.Value.Lower.ShouldBe(ProfileBound.Root);
        ci.Notes.ShouldHaveSingleItem().ShouldContain("above 199");
    }

    [Theory]
    [InlineData("multilevel_REML_konstantopoulos2011")]
    [InlineData("berkey")]
    public void Confint_EachRoot_BracketsTheCriticalValueWithinUnirootsTolerance(string id)
    {
        // Given a fit and its CIs
        var fit = id == "berkey" ? RmaMv.Fit(Berkey()) : Fit(id);
        var ci = RmaMv.Confint(fit);
        var profile = new MvProfileLikelihood(fit.Spec!, fit.Options);
        var eta = profile.Eta(fit);
        double llMax = profile.LogLik(eta);
        double crit = StatDist.QChisq(0.95, 1);
        var components = fit.Spec!.Sigma2Components.Concat(fit.Spec.G is { } g ? (g.Shared >= 0 ? [g.Main, g.Shared] : [g.Main]) : []).ToList();
        double Lrt(int c, double value) => -2 * (profile.Maximise(c, value, (double[])eta.Clone()) - llMax);

        // Then the likelihood-ratio statistic, refitted independently of the search, crosses qchisq(0.95, 1) within
        // uniroot's tolerance (eps^0.25, absolute) of each bound: above it outside the interval, below it inside
        double tol = RootFinder.DefaultTolerance;
        for (int i = 0; i < ci.Count; i++)
        {
            var row = ci[i].Value;
            int c = components[i];
            Lrt(c, row.CiLb - tol).ShouldBeGreaterThan(crit, row.Name + " below ci.lb");
            Lrt(c, row.CiLb + tol).ShouldBeLessThan(crit, row.Name + " above ci.lb");
            Lrt(c, row.CiUb - tol).ShouldBeLessThan(crit, row.Name + " below ci.ub");
            Lrt(c, row.CiUb + tol).ShouldBeGreaterThan(crit, row.Name + " above ci.ub");
            Lrt(c, row.Estimate).ShouldBe(0, 1e-8, row.Name + " at the estimate");
        }
    }

    [Fact]
    public void Confint_EqualEffectsModel_NoComponents()
    {
        var (model, _) = MvCases.Load("multilevel_REML_konstantopoulos2011");
        var fit = RmaMv.Fit(model, new RmaMvOptions { Method = TauSquaredEstimator.EE });

        RmaMv.Confint(fit).ShouldBeEmpty();
    }

    [Fact]
    public void Confint_OneSigma2_NamedWithoutIndex()
    {
        // Given a two-level model (one sigma^2): metafor names the rows sigma^2 and sigma
        var (model, options) = MvCases.Load("multilevel_REML_konstantopoulos2011");
        var fit = RmaMv.Fit(model with { Random = [RandomTerm.Intercepts("district")] }, options);

        var ci = RmaMv.Confint(fit);

        ci.ShouldHaveSingleItem().Rows.Select(r => r.Name).ShouldBe(["sigma^2", "sigma"]);
        ci[0].Value.CiLb.ShouldBeLessThan(ci[0].Value.Estimate);
        ci[0].Value.CiUb.ShouldBeGreaterThan(ci[0].Value.Estimate);
    }

    private static RmaMvResult Fit(string id)
    {
        var (model, options) = MvCases.Load(id);
        return RmaMv.Fit(model, options);
    }

    private static void Check(MvProfileInterval row, string name, double estimate, double lb, double ub)
    {
        row.Name.ShouldBe(name);
        row.Estimate.ShouldBe(estimate, Math.Abs(estimate) * EstimateTol);
        row.CiLb.ShouldBe(lb, Math.Abs(lb) * BoundTol, $"{name} ci.lb");
        row.CiUb.ShouldBe(ub, Math.Abs(ub) * BoundTol, $"{name} ci.ub");
    }

    /// <summary>dat.berkey1998: PD and AL outcomes of 5 trials with their 2 × 2 sampling covariances (v1i, v2i); mods = ~ outcome - 1.</summary>
    internal static RmaMvModel Berkey()
    {
        double[] yi = [0.47, -0.32, 0.20, -0.60, 0.40, -0.12, 0.26, -0.31, 0.56, -0.39];
        double[] v1 = [0.0075, 0.0030, 0.0057, 0.0009, 0.0021, 0.0007, 0.0029, 0.0009, 0.0148, 0.0072];
        double[] v2 = [0.0030, 0.0077, 0.0009, 0.0008, 0.0007, 0.0014, 0.0009, 0.0015, 0.0072, 0.0304];
        int k = yi.Length;
        var v = new IReadOnlyList<double>[k];
        for (int i = 0; i < k; i++)
        {
            var row = new double[k];
            int first = i - (i % 2);
            row[first] = v1[i];
            row[first + 1] = v2[i];
            v[i] = row;
        }

        string?[] trial = [.. Enumerable.Range(0, k).Select(i => $"{(i / 2) + 1}")];
        string?[] outcome = [.. Enumerable.Range(0, k).Select(i => i % 2 == 0 ? "PD" : "AL")];
        double[] al = [.. outcome.Select(o => o == "AL" ? 1.0 : 0)], pd = [.. outcome.Select(o => o == "PD" ? 1.0 : 0)];
        return new RmaMvModel
        {
            Yi = yi,
            V = SamplingCovariance.FromMatrix(v),
            X = new ModelMatrix(["outcomeAL", "outcomePD"], [al, pd]),
            Random = [RandomTerm.CompoundSymmetry("outcome", "trial")],
            Factors = new Dictionary<string, IReadOnlyList<string?>> { ["trial"] = trial, ["outcome"] = outcome },
        };
    }
}
