using System.Text.RegularExpressions;
using Spinewise.Testing;

namespace Spinewise.Cli.Tests.Recommend;

/// <summary>The default people view of <c>recommend</c>: one screen, criteria in words, grading as published without doubling.</summary>
public sealed partial class RecommendSummaryTests
{
    public static TheoryData<string> Examples() =>
        new(Directory.GetFiles(Path.Combine(RepositoryPaths.Repository, "examples", "cases"), "*.json").Select(Path.GetFileNameWithoutExtension).Order().OfType<string>());

    [Theory]
    [MemberData(nameof(Examples))]
    public void Summary_EveryExample_FitsAScreenAt120Columns(string example)
    {
        var text = Run(example);

        text.Split('\n').Length.ShouldBeLessThanOrEqualTo(64, text);
        text.ShouldContain("What the guidelines say for this patient");
        text.ShouldContain("--details");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Summary_EveryExample_SpeaksInWordsNotTestSyntax(string example)
    {
        var text = Run(example);

        TestSyntax().Matches(text).Select(m => m.Value).ShouldBeEmpty(text);
        text.ShouldNotContain("level Level", Case.Insensitive);
    }

    [Fact]
    public void Details_StenosisExample_ShowsEveryProcedureTableAndCriteriaSources()
    {
        var summary = Run("stenosis-claudication");
        var details = Run("stenosis-claudication", "--details");

        details.Split('\n').Length.ShouldBeGreaterThan(summary.Split('\n').Length * 3);
        details.ShouldContain("Criterion (as the source words it)");
        details.ShouldContain("May apply");
    }

    [Fact]
    public void Intervention_OneProcedure_ShowsOnlyIt()
    {
        var text = Run("facet-axial-no-block", "--intervention", "lumbar-rfa");

        text.ShouldContain("Lumbar (medial branch) radiofrequency ablation (lumbar-rfa)");
        text.ShouldNotContain("(pild)");
    }

    [Fact]
    public void Intervention_Unknown_IsExitTwoWithTheNearestId()
    {
        var run = CliRun.Of("recommend", "--case", Example("sparse"), "--intervention", "lumbar-rf");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("lumbar-rfa");
    }

    private static string Run(string example, params string[] more)
    {
        var run = CliRun.AtWidth(120, ["recommend", "--case", Example(example), .. more]);
        run.ExitCode.ShouldBe(0, run.Error);
        return run.Out.ReplaceLineEndings("\n");
    }

    private static string Example(string name) => Path.Combine(RepositoryPaths.Repository, "examples", "cases", name + ".json");

    [GeneratedRegex(@"\bflag [a-z]+[A-Z]\w*|\bcondition [a-z-]+\b|findings\.[a-zA-Z]+|[≥≤]|\bhistory of [a-z-]+")]
    private static partial Regex TestSyntax();
}
