using Spinewise.Testing;

namespace Spinewise.Cli.Tests.Meta;

/// <summary>
/// The metafor-style summaries <c>meta rma</c> and <c>meta trimfill</c> print, kept byte for byte as reviewed
/// snapshots: the numbers are checked against metafor elsewhere (<see cref="MetaReferenceTests"/>); these guard the
/// layout — headings, tables, blank lines, warnings and notes — which the web's evidence workbench shares.
/// </summary>
public sealed class MetaRmaPrintedTests
{
    private static readonly string[] BcgCounts = ["--measure", "RR", "--ai", "tpos", "--bi", "tneg", "--ci", "cpos", "--di", "cneg"];

    private static string Example(string name) => Path.Combine(RepositoryPaths.Repository, "examples", "meta", name);

    [Theory]
    [InlineData("rma-bcg-reml")]
    [InlineData("rma-bcg-ee", "--method", "EE")]
    [InlineData("rma-bcg-mods", "--mods", "ablat,factor(alloc)")]
    [InlineData("rma-bcg-mods-knha", "--mods", "ablat", "--test", "knha")]
    [InlineData("rma-bcg-subgroup", "--subgroup", "alloc")]
    public void Rma_Bcg_PrintsTheSummaryAsReviewed(string name, params string[] options)
    {
        var run = CliRun.Of(["meta", "rma", Example("bcg.csv"), .. BcgCounts, .. options]);

        run.ExitCode.ShouldBe(0, run.Error);
        Snapshot.Match(name, run.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Rma_DifferencesBySubgroup_PrintsTheSummaryWithoutTheRatioColumns()
    {
        using var t = new TempCsv();
        var data = t.Write("groups.csv", "yi,vi,site\n0.1,0.02,[north]\n0.4,0.03,[north]\n0.2,0.05,[north]\n-0.3,0.01,south\n-0.1,0.04,south\n0.0,0.02,south\n");

        var run = CliRun.Of("meta", "rma", data, "--subgroup", "site");

        run.ExitCode.ShouldBe(0, run.Error);
        Snapshot.Match("rma-subgroup-differences", run.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Rma_FewStudiesAndKnhaOnEqualEffects_PrintsTheWarningAndTheNote()
    {
        using var t = new TempCsv();
        var data = t.Write("few.csv", "yi,vi\n0.1,0.02\n0.4,0.03\n-0.2,0.05\n0.3,0.01\n");

        var ee = CliRun.Of("meta", "rma", data, "--method", "EE", "--test", "knha");
        var reml = CliRun.Of("meta", "rma", data);

        ee.ExitCode.ShouldBe(0, ee.Error);
        reml.ExitCode.ShouldBe(0, reml.Error);
        Snapshot.Match("rma-few-warnings", ee.Out.ReplaceLineEndings("\n") + "----\n" + reml.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void TrimFill_Hackshaw_PrintsTheFilledModelAsReviewed()
    {
        var run = CliRun.Of("meta", "trimfill", Example("hackshaw1998.csv"));

        run.ExitCode.ShouldBe(0, run.Error);
        Snapshot.Match("trimfill-hackshaw", run.Out.ReplaceLineEndings("\n"));
    }
}
