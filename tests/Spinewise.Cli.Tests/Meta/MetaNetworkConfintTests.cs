namespace Spinewise.Cli.Tests.Meta;

/// <summary>
/// <c>meta network --confint</c>: the profile-likelihood CI of τ² (ρ = ½ is fixed and gets none) against metafor's
/// <c>confint(res)</c>, printed by tests/Spinewise.Evidence.Tests/Multivariate/confint.R (senn2013 contrast and
/// inconsistency models).
/// </summary>
public sealed class MetaNetworkConfintTests
{
    private const double Tol = 1e-6;
    private static readonly string Senn = Path.Combine(ReferenceCase.Folder, "data", "dat.senn2013.csv");

    [Fact]
    public void MetaNetworkConfint_Consistency_Tau2AsMetafor()
    {
        var run = CliRun.Of("meta", "network", Senn, "--reference", "placebo", "--confint", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        var json = run.Json();
        json.GetProperty("settings").GetProperty("confint").GetBoolean().ShouldBeTrue();
        var random = json.GetProperty("confint").GetProperty("random");
        random.EnumerateObject().Select(p => p.Name).ShouldBe(["tau^2", "tau"]);
        var tau2 = random.GetProperty("tau^2");
        tau2.GetProperty("ci.lb").GetDouble().ShouldBe(0.04311549152, 0.04311549152 * Tol);
        tau2.GetProperty("ci.ub").GetDouble().ShouldBe(0.2446308633, 0.2446308633 * Tol);
    }

    [Fact]
    public void MetaNetworkConfint_Inconsistency_Gamma2LowerBoundZero()
    {
        var run = CliRun.Of("meta", "network", Senn, "--reference", "placebo", "--model", "inconsistency", "--confint", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        var random = run.Json().GetProperty("confint").GetProperty("random");
        random.GetProperty("tau^2").GetProperty("ci.lb").GetDouble().ShouldBe(0.04310450334, 0.04310450334 * Tol);
        random.GetProperty("gamma^2").GetProperty("ci.lb").GetDouble().ShouldBe(0);
        random.GetProperty("gamma^2").GetProperty("ci.ub").GetDouble().ShouldBe(0.1284116591, 0.1284116591 * Tol);
    }

    [Fact]
    public void MetaNetworkConfint_Printed_HasTheTable()
    {
        var run = CliRun.Of("meta", "network", Senn, "--reference", "placebo", "--confint");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Profile Likelihood CIs of the Variance Components:");
        var line = run.Out.Split('\n').Single(l => l.TrimStart().StartsWith("tau^2", StringComparison.Ordinal) && l.Contains("0.0431", StringComparison.Ordinal));
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).ShouldBe(["tau^2", "0.0999", "0.0431", "0.2446"]);
    }

    [Fact]
    public void MetaNetworkConfint_EqualEffects_Exit2NamingTheOption()
    {
        var run = CliRun.Of("meta", "network", Senn, "--reference", "placebo", "--method", "EE", "--confint", "--json");

        run.ExitCode.ShouldBe(2, run.Error);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldContain("--confint");
    }
}
