using System.Globalization;
using System.Text;

namespace Spinewise.Cli.Tests.Meta;

/// <summary><c>meta network --moderator</c>: network meta-regression on a study-level column, against metafor.</summary>
public sealed class MetaNetworkModeratorTests
{
    private static readonly string Senn = Path.Combine(ReferenceCase.Folder, "data", "dat.senn2013.csv");

    /// <summary>
    /// metafor 3.8-1 on this machine: dat.senn2013 with recent = 1 when the study's year (in its name) is 2004 or later;
    /// to.wide(ref = "placebo") + escalc("MD") + calc.v as in nma_senn2013_contrast_REML + contrmat, then
    /// rma.mv(yi, V, mods = ~ (acarbose + … + vildagliptin) + (acarbose + … + vildagliptin):recent - 1,
    /// random = ~ comp | study, rho = 1/2) (redundant interactions dropped) and anova(res, btt = the interactions).
    /// </summary>
    private static readonly double[] MetaforBeta =
    [
        -0.914147571101, -0.230000000000, -1.360713121951, -0.949952551908, -1.300000000000, -1.478492576836, -0.570000000000,
        -0.644909079988, -0.700000000000, -0.130761508887, -0.780000000000, 0.482530761751, 0.475273310148, 0.420215321585,
    ];

    private static string WithRecent(TempCsv t)
    {
        var lines = File.ReadAllLines(Senn);
        var text = new StringBuilder(lines[0] + ",recent\n");
        foreach (var line in lines.Skip(1))
        {
            int open = line.IndexOf('(', StringComparison.Ordinal);
            int year = int.Parse(line.AsSpan(open + 1, 4), CultureInfo.InvariantCulture);
            text.Append(line).Append(year >= 2004 ? ",1\n" : ",0\n");
        }

        return t.Write("senn-recent.csv", text.ToString());
    }

    [Fact]
    public void MetaNetwork_Moderator_IsMetaforsNetworkMetaRegression()
    {
        using var t = new TempCsv();
        var run = CliRun.Of("meta", "network", WithRecent(t), "--measure", "MD", "--reference", "placebo", "--moderator", "recent", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        var reg = run.Json().GetProperty("regression");
        reg.GetProperty("moderator").GetString().ShouldBe("recent");
        var beta = reg.GetProperty("beta").EnumerateArray().Select(b => b.GetDouble()).ToArray();
        beta.Length.ShouldBe(MetaforBeta.Length);
        for (int j = 0; j < beta.Length; j++) beta[j].ShouldBe(MetaforBeta[j], 1e-5, $"coefficient {j + 1}");
        reg.GetProperty("coef_names")[9].GetString().ShouldBe("acarbose:recent");
        reg.GetProperty("interactions").GetArrayLength().ShouldBe(5);
        reg.GetProperty("tau2").GetDouble().ShouldBe(0.0965876326143, 1e-6);
        reg.GetProperty("QM").GetDouble().ShouldBe(5.95023505281, 1e-4);
        reg.GetProperty("QMdf").GetInt32().ShouldBe(5);
        reg.GetProperty("QMp").GetDouble().ShouldBe(0.31109142737, 1e-4);
        run.Json().GetProperty("settings").GetProperty("moderator").GetString().ShouldBe("recent");
    }

    [Fact]
    public void MetaNetwork_WithoutModerator_HasNoRegression()
    {
        var run = CliRun.Of("meta", "network", Senn, "--measure", "MD", "--reference", "placebo", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        (!run.Json().TryGetProperty("regression", out var reg) || reg.ValueKind == System.Text.Json.JsonValueKind.Null).ShouldBeTrue("no regression without --moderator");
    }

    [Fact]
    public void MetaNetwork_Moderator_PrintsTheInteractionsAndTheirTest()
    {
        using var t = new TempCsv();
        var run = CliRun.Of("meta", "network", WithRecent(t), "--measure", "MD", "--reference", "placebo", "--moderator", "recent");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Network meta-regression on recent");
        run.Out.ShouldContain("rosiglitazone:recent");
        run.Out.ShouldContain("QM(df = 5) = 5.9502, p-val = 0.3111");
    }

    [Fact]
    public void MetaNetwork_ModeratorThatDiffersWithinAStudy_IsBadInputNamingTheRow()
    {
        var run = CliRun.Of("meta", "network", Senn, "--measure", "MD", "--reference", "placebo", "--moderator", "ni");

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldContain("column 'ni'");
        run.Error.ShouldContain("must be the same on every arm");
        run.Error.ShouldContain("De Fronzo (1995)");
    }

    [Fact]
    public void MetaNetwork_ModeratorWithAMissingValue_IsBadInputNamingTheRow()
    {
        using var t = new TempCsv();
        var lines = File.ReadAllLines(WithRecent(t));
        lines[3] = lines[3][..lines[3].LastIndexOf(',')] + ",";
        var run = CliRun.Of("meta", "network", t.Write("gap.csv", string.Join('\n', lines) + "\n"), "--measure", "MD", "--reference", "placebo", "--moderator", "recent");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("row 3");
        run.Error.ShouldContain("column 'recent'");
    }

    [Fact]
    public void MetaNetwork_ModeratorWithTheArmBasedModel_IsAnOptionConflict()
    {
        var run = CliRun.Of("meta", "network", Senn, "--measure", "MD", "--reference", "placebo", "--moderator", "ni", "--model", "arm");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--moderator");
    }
}
