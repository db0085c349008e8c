using System.Diagnostics;
using Spinewise.Testing;

namespace Spinewise.Cli.Tests;

public sealed class OtherCommandsTests
{
    [Fact]
    public void KbValidate_ShippedKnowledge_ExitsZeroWithSummary()
    {
        var run = CliRun.Of("kb", "validate");

        run.ExitCode.ShouldBe(0, run.Out + run.Error);
        run.Out.ShouldContain("Knowledge is valid");
        run.Out.ShouldContain("aspn-2022");
    }

    [Fact]
    public void KbValidate_BrokenKnowledge_ExitsOneListingEveryErrorWithPosition()
    {
        using var kb = new TempKnowledge()
            .Replace("guidelines/aspn-2022/recommendations.yaml", "grade: D", "grade: E")
            .Replace("vocabulary/interventions.yaml", "category: ablation", "categry: ablation");

        var run = CliRun.Of("kb", "validate", "--knowledge", kb.Directory);

        run.ExitCode.ShouldBe(1);
        var lines = run.Out.Split('\n').Where(l => l.Contains(".yaml:", StringComparison.Ordinal)).ToList();
        lines.Count.ShouldBe(3); // the grade, the unknown field and the then-missing category
        lines.ShouldContain(l => l.StartsWith($"guidelines/aspn-2022/recommendations.yaml:{kb.LineOf("guidelines/aspn-2022/recommendations.yaml", "grade: E")}:", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("vocabulary/interventions.yaml:", StringComparison.Ordinal) && l.Contains("unknown field 'categry'", StringComparison.Ordinal));
    }

    [Fact]
    public void KnowledgeOption_LoadsAnotherFolder()
    {
        using var kb = new TempKnowledge().Replace("guidelines/aspn-2022/guideline.yaml", "shortTitle: \"ASPN 2022\"", "shortTitle: \"ASPN 2022 (local copy)\"");

        var run = CliRun.Of("guidelines", "--json", "--knowledge", kb.Directory);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Json().GetProperty("guidelines").EnumerateArray().Single(g => g.GetProperty("id").GetString() == "aspn-2022")
            .GetProperty("shortTitle").GetString().ShouldBe("ASPN 2022 (local copy)");
    }

    [Fact]
    public void AnyCommand_OnInvalidKnowledge_ExitsOneWithErrorsOnStandardError()
    {
        using var kb = new TempKnowledge().Write("bad.yaml", "kind: [");

        var run = CliRun.Of("recommendations", "--knowledge", kb.Directory);

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldContain("bad.yaml:");
        run.Error.ShouldContain("malformed YAML");
    }

    [Fact]
    public void Guidelines_Json_ListsSchemeAndCounts()
    {
        var g = CliRun.Of("guidelines", "--json").Json().GetProperty("guidelines").EnumerateArray().Single(x => x.GetProperty("id").GetString() == "aspn-2022");

        g.GetProperty("id").GetString().ShouldBe("aspn-2022");
        g.GetProperty("gradingScheme").GetString().ShouldBe("aspn-uspstf");
        g.GetProperty("recommendations").GetInt32().ShouldBe(61);
        g.GetProperty("topics").GetInt32().ShouldBe(18);
    }

    [Fact]
    public void GuidelineShow_Json_HasDatesScopeAndSchemeWithUndefinedLevels()
    {
        var run = CliRun.Of("guideline", "show", "aspn-2022", "--json");

        run.ExitCode.ShouldBe(0);
        var g = run.Json();
        g.GetProperty("lastUpdated").GetArrayLength().ShouldBe(2);
        g.GetProperty("citation").GetProperty("doi").GetString().ShouldBe("10.2147/JPR.S386879");
        g.GetProperty("scope").GetProperty("mesh")[0].GetProperty("code").GetString().ShouldBe("D017116");
        var scheme = g.GetProperty("gradingScheme");
        scheme.GetProperty("levels").EnumerateArray().ShouldAllBe(l => l.GetProperty("definition").GetString() == "not addressed" && !l.GetProperty("defined").GetBoolean());
        scheme.GetProperty("certaintyMixesVocabularies").GetBoolean().ShouldBeTrue();
        scheme.GetProperty("grades").GetArrayLength().ShouldBe(5);
    }

    [Fact]
    public void GuidelineShow_People_SeeEveryPublishedDateWithWhereItAppears()
    {
        var run = CliRun.Of("guideline", "show", "aspn-2022");

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("2024-10-23 (\"October 23, 2024\", seed-001 › Overview › Last Updated Month/Year (line 242))");
        run.Out.ShouldContain("not addressed");
    }

    [Fact]
    public void Tables_Json_HasThreeTablesWithPublishedCounts()
    {
        var tables = CliRun.Of("tables", "--guideline", "aspn-2022", "--json").Json().GetProperty("tables").EnumerateArray().ToList();

        tables.Select(t => t.GetProperty("itemCount").GetInt32()).ShouldBe([8, 9, 38]);
    }

    [Fact]
    public void Tables_UnknownGuideline_ExitsTwo()
    {
        var run = CliRun.Of("tables", "--guideline", "bmj");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("Did you mean: bmj-2025?");
        run.Error.ShouldContain("Known guidelines: ");
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("recommendations", "--nope")]
    [InlineData("tables")]
    public void BadUsage_ExitsTwo(params string[] args)
    {
        CliRun.Of(args).ExitCode.ShouldBe(2);
    }

    [Fact]
    public void BuiltAssembly_IsNamedSpinewiseAndRunsWithShippedKnowledge()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "spinewise.dll");
        File.Exists(dll).ShouldBeTrue();
        File.Exists(Path.Combine(AppContext.BaseDirectory, "knowledge", "guidelines", "aspn-2022", "recommendations.yaml")).ShouldBeTrue();
        var start = new ProcessStartInfo("dotnet", [dll, "recommendations", "--grade", "D", "--json"]) { RedirectStandardOutput = true, RedirectStandardError = true };

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        process.ExitCode.ShouldBe(0);
        output.ShouldContain("\"statement\": \"Pulsed RFA is not efficacious\"");
    }
}
