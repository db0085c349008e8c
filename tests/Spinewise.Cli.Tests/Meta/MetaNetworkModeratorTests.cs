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

    /// <summary>
    /// metafor 3.8-1 on this machine, the same data with era = "early" (year before 2000), "mid" (2000–2003) or "late"
    /// (2004 on; "1998a" is 1998) and the interactions coded against "early": rma.mv(yi, V, mods = ~ M - 1, random = ~ comp
    /// | study, rho = 1/2) where M holds the nine treatment columns, then for each treatment its column × [era = "late"]
    /// and × [era = "mid"] (redundant ones dropped), and anova(res, btt = 10:17). metafor's own factor coding,
    /// mods = ~ (acarbose + … ) + (acarbose + … ):era - 1, gives the same τ² (0.065654831106) and QM (13.741432229181).
    /// </summary>
    private static readonly double[] MetaforEraBeta =
    [
        -0.962391370409, -0.230000000000, -1.613122407832, -0.950510800653, -1.300000000000, -1.100000000000, -0.570000000000,
        -1.243122407832, -0.700000000000, -0.680731037423, -0.780000000000, 0.725220119057, 0.253122407832, 0.472868029503,
        0.037807100912, -0.400000000000, 0.943122407832,
    ];

    private static readonly double[] MetaforEraSe =
    [
        0.246884501669, 0.431088127737, 0.232725855477, 0.197762018978, 0.285911973341, 0.280506756383, 0.286925999400,
        0.365830552735, 0.286102250403, 0.508916608407, 0.519766726428, 0.299833422608, 0.511844605726, 0.378184002626,
        0.311767754343, 0.413187741215, 0.558690890662,
    ];

    private static string WithColumn(TempCsv t, string name, Func<int, string> value)
    {
        var lines = File.ReadAllLines(Senn);
        var text = new StringBuilder(lines[0] + "," + name + "\n");
        foreach (var line in lines.Skip(1))
        {
            int open = line.IndexOf('(', StringComparison.Ordinal);
            text.Append(line).Append(',').Append(value(int.Parse(line.AsSpan(open + 1, 4), CultureInfo.InvariantCulture))).Append('\n');
        }

        return t.Write(name + ".csv", text.ToString());
    }

    private static string Era(int year) => year < 2000 ? "early" : year < 2004 ? "mid" : "late";

    [Fact]
    public void MetaNetwork_TextModerator_IsMetaforsRegressionWithTreatmentContrasts()
    {
        using var t = new TempCsv();
        var run = CliRun.Of("meta", "network", WithColumn(t, "era", Era), "--measure", "MD", "--reference", "placebo", "--moderator", "era", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        var reg = run.Json().GetProperty("regression");
        reg.GetProperty("levels").EnumerateArray().Select(l => l.GetString()).ShouldBe(["early", "late", "mid"]);
        reg.GetProperty("coef_names").EnumerateArray().Skip(9).Select(n => n.GetString()).ShouldBe(
            ["acarbose:eralate", "benfluorex:eralate", "metformin:eralate", "metformin:eramid", "pioglitazone:eralate", "rosiglitazone:eralate", "rosiglitazone:eramid", "sulfonylurea:eramid"]);
        reg.GetProperty("interactions")[0].GetString().ShouldBe("acarbose:eralate");
        var beta = reg.GetProperty("beta").EnumerateArray().Select(b => b.GetDouble()).ToArray();
        var se = reg.GetProperty("se").EnumerateArray().Select(b => b.GetDouble()).ToArray();
        beta.Length.ShouldBe(MetaforEraBeta.Length);
        for (int j = 0; j < beta.Length; j++)
        {
            beta[j].ShouldBe(MetaforEraBeta[j], 1e-5, $"coefficient {j + 1}");
            se[j].ShouldBe(MetaforEraSe[j], 1e-5, $"se {j + 1}");
        }

        reg.GetProperty("tau2").GetDouble().ShouldBe(0.065654831106, 1e-6);
        reg.GetProperty("QM").GetDouble().ShouldBe(13.741432229181, 1e-4);
        reg.GetProperty("QMdf").GetInt32().ShouldBe(8);
        reg.GetProperty("QMp").GetDouble().ShouldBe(0.088758851910, 1e-5);
    }

    [Fact]
    public void MetaNetwork_TextModerator_PrintsTheReferenceLevel()
    {
        using var t = new TempCsv();
        var run = CliRun.Of("meta", "network", WithColumn(t, "era", Era), "--measure", "MD", "--reference", "placebo", "--moderator", "era");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Network meta-regression on era (treatment effects at era = early, and their change at late, mid)");
        run.Out.ShouldContain("metformin:eramid");
        run.Out.ShouldContain("QM(df = 8) = 13.7414");
    }

    [Fact]
    public void MetaNetwork_FactorOfANumericColumn_EqualsTheNumericModeratorForTwoLevels()
    {
        using var t = new TempCsv();
        var file = WithRecent(t);
        var numeric = CliRun.Of("meta", "network", file, "--measure", "MD", "--reference", "placebo", "--moderator", "recent", "--json");
        var factor = CliRun.Of("meta", "network", file, "--measure", "MD", "--reference", "placebo", "--moderator", "factor(recent)", "--json");

        factor.ExitCode.ShouldBe(0, factor.Error);
        var a = numeric.Json().GetProperty("regression");
        var b = factor.Json().GetProperty("regression");
        b.GetProperty("levels").EnumerateArray().Select(l => l.GetString()).ShouldBe(["0", "1"]);
        b.GetProperty("coef_names")[9].GetString().ShouldBe("acarbose:recent1");
        a.TryGetProperty("levels", out _).ShouldBeFalse("a numeric moderator has no levels");
        var beta = b.GetProperty("beta").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        beta.ShouldBe(a.GetProperty("beta").EnumerateArray().Select(x => x.GetDouble()).ToArray(), 1e-9);
        b.GetProperty("QM").GetDouble().ShouldBe(a.GetProperty("QM").GetDouble(), 1e-9);
    }

    [Fact]
    public void MetaNetwork_TextModeratorWithOneLevel_IsBadInputSayingSo()
    {
        using var t = new TempCsv();
        var run = CliRun.Of("meta", "network", WithColumn(t, "era", _ => "any"), "--measure", "MD", "--reference", "placebo", "--moderator", "era");

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldContain("has one level ('any')");
    }

    [Fact]
    public void MetaNetwork_TextModeratorThatDiffersWithinAStudy_IsBadInputNamingTheRow()
    {
        using var t = new TempCsv();
        var lines = File.ReadAllLines(WithColumn(t, "era", Era));
        lines[2] = lines[2][..lines[2].LastIndexOf(',')] + ",late";
        var run = CliRun.Of("meta", "network", t.Write("mixed.csv", string.Join('\n', lines) + "\n"), "--measure", "MD", "--reference", "placebo", "--moderator", "era");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("row 2");
        run.Error.ShouldContain("column 'era'");
        string said = string.Join(' ', run.Error.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        said.ShouldContain("a moderator must be the same on every arm of a study: study 'De Fronzo (1995)' has 'early' on row 1 and 'late' here");
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
