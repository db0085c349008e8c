using System.Text.Json;

namespace Spinewise.Cli.Tests.Meta;

/// <summary>
/// <c>meta mv --confint</c>: metafor's profile-likelihood CIs of the variance components in the JSON (<c>confint</c>)
/// and the printed tables. The metafor numbers are printed by tests/Spinewise.Evidence.Tests/Multivariate/confint.R.
/// </summary>
public sealed class MetaMvConfintTests
{
    /// <summary>Bounds to 1e-6 relative: the engine runs metafor's uniroot on the same intervals (see RmaMvConfintTests).</summary>
    private const double Tol = 1e-6;

    [Fact]
    public void MetaMvConfint_ThreeLevel_JsonHasMetaforsBounds()
    {
        // Given the three-level konstantopoulos2011 case
        var c = ReferenceCase.Load("multilevel_REML_konstantopoulos2011");
        using var temp = new TempCsv();

        // When meta mv runs with --confint
        var run = CliRun.Of([.. MetaMvCase.Args(c, temp), "--confint"]);

        // Then confint.random has metafor's rows and bounds
        run.ExitCode.ShouldBe(0, run.Error);
        var json = run.Json();
        json.GetProperty("settings").GetProperty("confint").GetBoolean().ShouldBeTrue();
        var ci = json.GetProperty("confint");
        ci.GetProperty("level").GetDouble().ShouldBe(95);
        var random = ci.GetProperty("random");
        random.EnumerateObject().Select(p => p.Name).ShouldBe(["sigma^2.1", "sigma.1", "sigma^2.2", "sigma.2"]);
        Row(random, "sigma^2.1", 0.02223278877, 0.2072417304);
        Row(random, "sigma.1", 0.1491066356, 0.455238103);
        Row(random, "sigma^2.2", 0.01627352805, 0.06282545985);
        Row(random, "sigma.2", 0.1275677391, 0.2506500745);
        random.GetProperty("sigma^2.1").GetProperty("lb.sign").GetString().ShouldBe("");
        ci.GetProperty("notes").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void MetaMvConfint_Inconsistency_FixedCorrelationsSkippedAndGammaAtZero()
    {
        // Given the senn2013 inconsistency model (rho = phi = 1/2 fixed; gamma^2 estimated at 0)
        var c = ReferenceCase.Load("nma_senn2013_inconsistency_REML");
        using var temp = new TempCsv();

        var run = CliRun.Of([.. MetaMvCase.Args(c, temp), "--confint"]);

        // Then only tau^2 and gamma^2 (with tau, gamma) have rows; gamma^2's lower bound is 0 with a note
        run.ExitCode.ShouldBe(0, run.Error);
        var ci = run.Json().GetProperty("confint");
        var random = ci.GetProperty("random");
        random.EnumerateObject().Select(p => p.Name).ShouldBe(["tau^2", "tau", "gamma^2", "gamma"]);
        Row(random, "tau^2", 0.04310450334, 0.2446308632);
        random.GetProperty("gamma^2").GetProperty("ci.lb").GetDouble().ShouldBe(0);
        Row(random, "gamma", 0, 0.3583457257);
        ci.GetProperty("notes")[0].GetString()!.ShouldContain("gamma^2 is the limit of the parameter space (0)");
    }

    [Fact]
    public void MetaMvConfint_Printed_TablesAsMetafor()
    {
        var c = ReferenceCase.Load("multilevel_REML_konstantopoulos2011");
        using var temp = new TempCsv();
        var args = MetaMvCase.Args(c, temp)[..^1];

        var run = CliRun.Of([.. args, "--confint"]);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Profile Likelihood CIs of the Variance Components:");
        var line = run.Out.Split('\n').Single(l => l.TrimStart().StartsWith("sigma^2.1", StringComparison.Ordinal) && l.Contains("0.0222", StringComparison.Ordinal));
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).ShouldBe(["sigma^2.1", "0.0651", "0.0222", "0.2072"]);
    }

    [Fact]
    public void MetaMv_WithoutConfint_NoConfintKey()
    {
        var c = ReferenceCase.Load("multilevel_REML_konstantopoulos2011");
        using var temp = new TempCsv();

        var run = CliRun.Of(MetaMvCase.Args(c, temp));

        run.ExitCode.ShouldBe(0, run.Error);
        run.Json().TryGetProperty("confint", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("--method", "EE")]
    [InlineData()]
    public void MetaMvConfint_NoVarianceComponent_Exit2NamingTheOption(params string[] extra)
    {
        // Given a model without estimated variance components (EE, or no --random term)
        using var temp = new TempCsv();
        var data = temp.Write("d.csv", "study,yi,vi\nA,0.1,0.01\nB,0.3,0.02\nC,0.2,0.015\n");
        string[] random = extra.Length > 0 ? ["--random", "~ 1 | study"] : [];

        // When --confint is asked
        var run = CliRun.Of(["meta", "mv", data, .. random, .. extra, "--confint", "--json"]);

        // Then exit 2 with a message naming --confint, nothing on standard output
        run.ExitCode.ShouldBe(2, run.Error);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldContain("--confint");
        run.Error.ShouldContain("no components for which a CI can be obtained");
    }

    private static void Row(JsonElement random, string name, double lb, double ub)
    {
        var row = random.GetProperty(name);
        row.GetProperty("ci.lb").GetDouble().ShouldBe(lb, Math.Abs(lb) * Tol, name);
        row.GetProperty("ci.ub").GetDouble().ShouldBe(ub, Math.Abs(ub) * Tol, name);
    }
}
