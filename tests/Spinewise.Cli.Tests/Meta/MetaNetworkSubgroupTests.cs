using System.Text;

namespace Spinewise.Cli.Tests.Meta;

/// <summary><c>meta network --subgroup</c>: the network fitted per subgroup of studies, and the test of difference.</summary>
public sealed class MetaNetworkSubgroupTests
{
    private static readonly string Senn = Path.Combine(ReferenceCase.Folder, "data", "dat.senn2013.csv");

    /// <summary>dat.senn2013 twice, as two subgroups x and y of renamed studies (x: …, y: …), with a subgroup column.</summary>
    private static string Twice(TempCsv t)
    {
        var lines = File.ReadAllLines(Senn);
        var text = new StringBuilder(lines[0] + ",part\n");
        foreach (var copy in new[] { "x", "y" })
        {
            foreach (var line in lines.Skip(1))
            {
                text.Append('"').Append(copy).Append(": ").Append(line.AsSpan(1)).Append(',').Append(copy).Append('\n');
            }
        }

        return t.Write("senn-twice.csv", text.ToString());
    }

    [Fact]
    public void MetaNetwork_TwoIdenticalSubgroups_EachIsTheWholeNetworkAndTheyDoNotDiffer()
    {
        using var t = new TempCsv();
        var whole = CliRun.Of("meta", "network", Senn, "--measure", "MD", "--reference", "placebo", "--json");
        var run = CliRun.Of("meta", "network", Twice(t), "--measure", "MD", "--reference", "placebo", "--subgroup", "part", "--json");

        whole.ExitCode.ShouldBe(0, whole.Error);
        run.ExitCode.ShouldBe(0, run.Error);
        var expected = whole.Json().GetProperty("effects").GetProperty("pred").EnumerateArray().Select(p => p.GetDouble()).ToArray();
        var subgroups = run.Json().GetProperty("subgroups");
        subgroups.GetProperty("column").GetString().ShouldBe("part");
        var groups = subgroups.GetProperty("groups").EnumerateArray().ToList();
        groups.Select(g => g.GetProperty("subgroup").GetString()).ShouldBe(["x", "y"]);
        foreach (var g in groups)
        {
            g.GetProperty("studies").GetInt32().ShouldBe(26);
            g.GetProperty("problems").GetArrayLength().ShouldBe(0);
            var pred = g.GetProperty("effects").GetProperty("pred").EnumerateArray().Select(p => p.GetDouble()).ToArray();
            pred.Length.ShouldBe(expected.Length);
            for (int j = 0; j < pred.Length; j++) pred[j].ShouldBe(expected[j], 1e-6);
        }

        var difference = subgroups.GetProperty("difference");
        difference.GetProperty("QMdf").GetInt32().ShouldBe(9);
        difference.GetProperty("QM").GetDouble().ShouldBe(0, 1e-8);
        difference.GetProperty("QMp").GetDouble().ShouldBe(1, 1e-8);
    }

    [Fact]
    public void MetaNetwork_SubgroupThatIsNotConnected_IsReportedWithItsPartsAndNoTest()
    {
        using var t = new TempCsv();
        var lines = File.ReadAllLines(Senn);
        // Studies from 2004 on form their own subgroup: acarbose and sulfonylurea are then cut off from placebo there
        var text = new StringBuilder(lines[0] + ",era\n");
        foreach (var line in lines.Skip(1))
        {
            int year = int.Parse(line.AsSpan(line.IndexOf('(', StringComparison.Ordinal) + 1, 4), System.Globalization.CultureInfo.InvariantCulture);
            text.Append(line).Append(year >= 2004 ? ",recent\n" : ",early\n");
        }

        var run = CliRun.Of("meta", "network", t.Write("era.csv", text.ToString()), "--measure", "MD", "--reference", "placebo", "--subgroup", "era");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Subgroup era = early (13 studies), vs placebo:");
        run.Out.ShouldContain("Subgroup era = recent: not fitted: the network is not connected");
        run.Out.ShouldContain("part 2: acarbose, sulfonylurea");
        run.Out.ShouldContain("Test of subgroup differences: not possible");
    }

    [Fact]
    public void MetaNetwork_SubgroupThatDiffersWithinAStudy_IsBadInputNamingTheRow()
    {
        var run = CliRun.Of("meta", "network", Senn, "--measure", "MD", "--reference", "placebo", "--subgroup", "treatment");

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldContain("row 2");
        run.Error.ShouldContain("a subgroup must be the same on every arm of a study");
    }

    [Fact]
    public void MetaNetwork_SubgroupAndModeratorTogether_IsAnOptionConflict()
    {
        var run = CliRun.Of("meta", "network", Senn, "--measure", "MD", "--subgroup", "comment", "--moderator", "ni");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--subgroup");
    }
}
