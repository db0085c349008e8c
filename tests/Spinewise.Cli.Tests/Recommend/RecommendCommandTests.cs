using System.Text.Json;
using Spinewise.Testing;

namespace Spinewise.Cli.Tests.Recommend;

public sealed class RecommendCommandTests
{
    private static string Example(string name) => Path.Combine(RepositoryPaths.Repository, "examples", "cases", name + ".json");

    private static string Bad(string name) => Path.Combine(RepositoryPaths.Repository, "examples", "bad-cases", name + ".json");

    private static IReadOnlyList<string> ExampleNames => Directory.GetFiles(Path.Combine(RepositoryPaths.Repository, "examples", "cases"), "*.json")
        .Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string> Examples => new(ExampleNames);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_MatchesItsReviewedSummary(string name)
    {
        var run = CliRun.Of("recommend", "--case", Example(name), "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        Snapshot.Match($"recommend-{name}", CaseSummary.Of(run.Json()));
    }

    [Fact]
    public void Examples_AreAtLeastTwelveCoveringTheIssueList()
    {
        var names = ExampleNames;

        names.Count.ShouldBeGreaterThanOrEqualTo(12);
        names.ShouldContain("stenosis-claudication");
        names.ShouldContain("sparse");
    }

    [Fact]
    public void Json_HasTheContractFields()
    {
        var run = CliRun.Of("recommend", "--case", Example("stenosis-claudication"), "--json");

        var json = run.Json();
        json.GetProperty("knowledgeVersion").GetString()!.Length.ShouldBe(64);
        json.GetProperty("caseId").GetString().ShouldBe("stenosis-claudication");
        var interventions = json.GetProperty("interventions").EnumerateArray().ToList();
        interventions.ShouldNotBeEmpty();
        foreach (var i in interventions)
        {
            foreach (var field in new[] { "intervention", "status", "criteria", "recommendations", "conflicts" })
            {
                i.TryGetProperty(field, out _).ShouldBeTrue(field);
            }

            i.GetProperty("status").GetString().ShouldBeOneOf("candidate", "not-candidate", "undetermined", "not-addressed");
            foreach (var result in new[] { "met", "notMet", "unknown" })
            {
                i.GetProperty("criteria").GetProperty(result).EnumerateArray().ShouldAllBe(c => c.GetString()!.StartsWith(i.GetProperty("intervention").GetString() + "/", StringComparison.Ordinal));
            }

            foreach (var r in i.GetProperty("recommendations").EnumerateArray())
            {
                r.GetProperty("stance").GetString().ShouldNotBeNullOrEmpty();
                var id = r.GetProperty("id").GetString()!;
                var group = json.GetProperty("applicability").EnumerateArray().Where(g => g.GetProperty("recommendations").EnumerateArray().Any(x => x.GetString() == id)).ShouldHaveSingleItem();
                group.GetProperty("applies").GetString().ShouldBeOneOf("yes", "no", "unknown");
                group.GetProperty("why").GetString().ShouldNotBeNullOrEmpty();
            }

            foreach (var n in i.GetProperty("notAddressedBy").EnumerateArray())
            {
                var source = json.GetProperty("sources").GetProperty(n.GetProperty("source").GetString()!);
                json.GetProperty("documents").GetProperty(source.GetProperty("document").GetString()!).GetProperty("citation").GetString().ShouldNotBeNullOrEmpty();
            }
        }

        var pild = interventions.Single(i => i.GetProperty("intervention").GetString() == "pild");
        pild.GetProperty("notAddressedBy").EnumerateArray().ShouldContain(n => n.GetProperty("guideline").GetString() == "bmj-2025");
        foreach (var q in json.GetProperty("askNext").EnumerateArray())
        {
            q.GetProperty("criterion").GetString().ShouldNotBeNullOrEmpty();
            q.GetProperty("question").GetString()!.ShouldEndWith("?", Case.Sensitive, q.GetProperty("question").GetString());
            q.GetProperty("affects").ValueKind.ShouldBe(JsonValueKind.Array);
        }
    }

    [Fact]
    public void People_SeeStatusGroupsConflictsAndQuestions()
    {
        var run = CliRun.Of("recommend", "--case", Example("stenosis-claudication"), "--as-of", "2026-12-01");

        run.ExitCode.ShouldBe(0, run.Error);
        Snapshot.Match("recommend-view-stenosis-claudication", run.ScrubbedOut);
        run.Out.ShouldContain("Case stenosis-claudication");
        run.Out.ShouldContain("it informs and does not decide");
        run.Out.ShouldContain("Conflict");
        run.Out.ShouldContain("What to ask next");
    }

    [Theory]
    [InlineData("malformed", "SW2001")]
    [InlineData("unknown-key", "SW2004")]
    [InlineData("out-of-range", "SW2005")]
    [InlineData("unknown-condition", "SW2006")]
    [InlineData("wrong-type", "SW2003")]
    [InlineData("contradiction", "SW2008")]
    [InlineData("missing-id", "SW2002")]
    public void BadCase_IsExitTwoWithPathLineAndCodeAndNothingOnStdout(string name, string code)
    {
        var run = CliRun.Of("recommend", "--case", Bad(name), "--json");

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldContain($"[{code}]");
        run.Error.ShouldMatch(@$"{name}\.json:\d+:\d+ \$");
    }

    [Theory]
    [InlineData("recommend")]
    [InlineData("recommend", "--case", "a.json", "--cases", "dir")]
    [InlineData("recommend", "--cases", "dir")]
    [InlineData("recommend", "--case", "does-not-exist.json")]
    [InlineData("recommend", "--case", "a.json", "--as-of", "01/12/2026")]
    public void BadUsage_IsExitTwo(params string[] args) => CliRun.Of(args).ExitCode.ShouldBe(2);

    [Fact]
    public void Folder_WritesOneReportPerCaseInFileOrderAndASummary()
    {
        var output = Path.Combine(Path.GetTempPath(), $"spinewise-{Guid.NewGuid():N}.ndjson");
        try
        {
            var run = CliRun.Of("recommend", "--cases", Path.Combine(RepositoryPaths.Repository, "examples", "cases"), "--out", output, "--as-of", "2026-12-01");

            run.ExitCode.ShouldBe(0, run.Error);
            var lines = File.ReadAllLines(output);
            var ids = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("caseId").GetString()!).ToList();
            ids.ShouldBe(ExampleNames); // file names are the case ids
            run.Out.ShouldContain($"Evaluated {lines.Length} cases");
            var single = CliRun.Of("recommend", "--case", Example("stenosis-claudication"), "--json", "--as-of", "2026-12-01");
            var line = lines[Array.IndexOf([.. ids], "stenosis-claudication")];
            System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(line), System.Text.Json.Nodes.JsonNode.Parse(single.Out)).ShouldBeTrue("each line is the recommend --json contract on one line");
            var statuses = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("interventions").EnumerateArray()
                .Single(i => i.GetProperty("intervention").GetString() == "lumbar-rfa").GetProperty("status").GetString()).ToList();
            string[] order = ["candidate", "undetermined", "not-candidate", "not-addressed"];
            var row = run.Out.Split('\n').Single(l => l.Contains("│ lumbar-rfa ", StringComparison.Ordinal));
            row.Split('│', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(int.Parse)
                .ShouldBe(order.Select(o => statuses.Count(s => s == o)), "summary columns: candidate, undetermined, not a candidate, not addressed");
            File.Exists(output + ".partial").ShouldBeFalse();
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void Folder_WithAnInvalidCase_WritesNothing()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"spinewise-cases-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var output = Path.Combine(folder, "out.ndjson");
        try
        {
            File.Copy(Example("sparse"), Path.Combine(folder, "sparse.json"));
            File.Copy(Bad("out-of-range"), Path.Combine(folder, "out-of-range.json"));

            var run = CliRun.Of("recommend", "--cases", folder, "--out", output);

            run.ExitCode.ShouldBe(2);
            run.Error.ShouldContain("nothing was written");
            run.Error.ShouldContain("[SW2005]");
            File.Exists(output).ShouldBeFalse();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Folder_Empty_IsExitTwo()
    {
        var folder = Directory.CreateTempSubdirectory("spinewise-empty-").FullName;
        try
        {
            CliRun.Of("recommend", "--cases", folder, "--out", Path.Combine(folder, "x.ndjson")).ExitCode.ShouldBe(2);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Folder_OutIsAFolder_IsExitTwoAndWritesNothing()
    {
        var folder = Directory.CreateTempSubdirectory("spinewise-out-").FullName;
        try
        {
            var run = CliRun.Of("recommend", "--cases", Path.Combine(RepositoryPaths.Repository, "examples", "cases"), "--out", folder);

            run.ExitCode.ShouldBe(2);
            run.Error.ShouldContain("is a folder");
            Directory.GetFileSystemEntries(folder).ShouldBeEmpty();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
