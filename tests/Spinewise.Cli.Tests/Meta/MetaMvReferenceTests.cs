using System.Text.Json;

namespace Spinewise.Cli.Tests.Meta;

/// <summary><c>meta mv</c> on every multilevel and contrast-based network reference case, key by key within the README's rma.mv tolerances.</summary>
public sealed class MetaMvReferenceTests
{
    /// <summary>Keys of the network cases that belong to <c>meta network</c> (treatment names, all pairwise differences, P-scores).</summary>
    private static readonly string[] NetworkKeys = ["reference_treatment", "pairwise", "pscore"];

    /// <summary>(keys, absolute, relative): README — coefficients ~1e-6 relative, variance components ~1e-5, boundary variances below 1e-6 are 0.</summary>
    private static readonly (string[] Keys, double Abs, double Rel)[] Groups =
    [
        (["k", "p", "method", "test", "alpha", "coef_names", "sigma2_names", "G_struct", "H_struct", "QEdf", "QMdf", "rho", "phi"], 0, 1e-12),
        (["beta", "se", "zval", "tval", "ci.lb", "ci.ub", "vb", "predict"], 1e-10, 1e-6),
        (["sigma2", "tau2", "QM"], 1e-9, 1e-5),
        (["gamma2"], 1e-6, 0),
        // p values of large statistics amplify the coefficients' 1e-6 (d log p ≈ z² dz/z); log-likelihoods are stationary at the optimum
        (["pval", "QMp"], 1e-12, 2e-4),
        (["QE", "QEp"], 1e-12, 1e-10),
        (["fit_stats"], 1e-7, 1e-8),
    ];

    [Theory]
    [InlineData("multilevel_REML_konstantopoulos2011")]
    [InlineData("multilevel_ML_konstantopoulos2011")]
    [InlineData("nma_senn2013_contrast_REML")]
    [InlineData("nma_senn2013_contrast_ML")]
    [InlineData("nma_senn2013_contrast_FE")]
    [InlineData("nma_senn2013_inconsistency_REML")]
    public void MetaMv_ReferenceCase_MatchesMetafor(string id)
    {
        // Given the case's input as a data CSV (and V as a matrix CSV)
        var c = ReferenceCase.Load(id);
        using var temp = new TempCsv();

        // When meta mv runs on it
        var run = CliRun.Of(MetaMvCase.Args(c, temp));

        // Then every expected key agrees within its tolerance
        run.ExitCode.ShouldBe(0, run.Error);
        var actual = run.Json();
        var covered = Groups.SelectMany(g => g.Keys).Concat(NetworkKeys).ToHashSet();
        c.Expected.EnumerateObject().Select(p => p.Name).Where(n => !covered.Contains(n)).ShouldBeEmpty("every expected key has a tolerance");
        JsonCompare.Groups(id, c.Category, Groups, c.Expected, actual).ShouldBeGreaterThan(20);
    }

    [Fact]
    public void MetaMv_Konstantopoulos_PrintsTheVarianceComponentsAsMetafor()
    {
        var c = ReferenceCase.Load("multilevel_REML_konstantopoulos2011");
        using var temp = new TempCsv();
        var args = MetaMvCase.Args(c, temp)[..^1];

        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Multivariate Meta-Analysis Model (k = 56; method: REML)");
        run.Out.ShouldContain("sigma^2.1");
        run.Out.ShouldContain("0.0651");
        run.Out.ShouldContain("district/school");
        run.Out.ShouldContain("Q(df = 55) = 578.8640, p-val < .0001");
    }

    [Fact]
    public void MetaMv_ArmBased_BttTreatment_IsMetaforsAnova()
    {
        // Given dat.senn2013's arms as an arm-based model (mods = ~ study + treatment - 1, random = ~ treatment | study, rho = 1/2)
        var c = ReferenceCase.Load("nma_senn2013_armbased_RE");
        var input = c.Input;
        var rows = Enumerable.Range(0, input.GetProperty("yi").GetArrayLength()).Select(i =>
            $"\"{input.GetProperty("study")[i].GetString()}\",\" {input.GetProperty("treatment")[i].GetString()}\",{input.GetProperty("yi")[i].GetRawText()},{input.GetProperty("vi")[i].GetRawText()}");
        using var temp = new TempCsv();
        // treatment levels with a leading space sort " placebo" first only by relevel in R; here placebo is made the first level by name
        var csv = "study,treatment,yi,vi\n" + string.Join("\n", rows).Replace("\" placebo\"", "\" (placebo)\"", StringComparison.Ordinal) + "\n";

        // When meta mv runs with --btt treatment
        var run = CliRun.Of("meta", "mv", temp.Write("arms.csv", csv), "--mods", "study,treatment", "--intercept", "false",
            "--random", "~ treatment | study", "--rho", "0.5", "--btt", "treatment", "--json");

        // Then the Wald test of the 9 treatment coefficients and tau2 are metafor's
        run.ExitCode.ShouldBe(0, run.Error);
        var json = run.Json();
        var expected = c.Expected.GetProperty("anova_treatment");
        var anova = json.GetProperty("anova");
        anova.GetProperty("QMdf")[0].GetInt32().ShouldBe(9);
        anova.GetProperty("QM").GetDouble().ShouldBe(expected.GetProperty("QM").GetDouble(), 1e-5 * expected.GetProperty("QM").GetDouble());
        json.GetProperty("tau2")[0].GetDouble().ShouldBe(c.Expected.GetProperty("tau2")[0].GetDouble(), 1e-5);
        json.GetProperty("QE").GetDouble().ShouldBe(c.Expected.GetProperty("QE").GetDouble(), 1e-8);
    }
}
