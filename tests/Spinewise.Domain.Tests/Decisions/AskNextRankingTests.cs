using Spinewise.Domain.Decisions;
using Spinewise.Testing;

namespace Spinewise.Domain.Tests.Decisions;

/// <summary>"What to ask next" in the order a clinician would ask (docs/ask-next.md), pinned on the example cases.</summary>
public sealed class AskNextRankingTests
{
    private static readonly string[] RedFlags = ["conditions.cancer", "conditions.spinal-infection", "conditions.vertebral-compression-fracture", "conditions.inflammatory-arthropathy"];

    private static readonly string[] PopulationFacts = ["age", "painDurationMonths", "painType"];

    [Theory]
    [InlineData("sparse")]
    [InlineData("stenosis-claudication")]
    [InlineData("post-surgical-pain")]
    [InlineData("facet-axial-no-block")]
    [InlineData("myofascial-pain")]
    public void AskNext_RedFlagsThenPopulationFacts_BeforeEverythingElse(string example)
    {
        var keys = Example(example).AskNext.Select(q => q.Key).ToList();

        var lastRedFlag = keys.FindLastIndex(k => RedFlags.Contains(k));
        var firstPopulation = keys.FindIndex(k => PopulationFacts.Contains(k));
        var lastPopulation = keys.FindLastIndex(k => PopulationFacts.Contains(k));
        var firstOther = keys.FindIndex(k => !RedFlags.Contains(k) && !PopulationFacts.Contains(k) && !k.StartsWith("conditions.", StringComparison.Ordinal));
        if (firstPopulation >= 0)
        {
            lastRedFlag.ShouldBeLessThan(firstPopulation);
        }

        if (lastPopulation >= 0 && firstOther >= 0)
        {
            lastPopulation.ShouldBeLessThan(firstOther);
        }
    }

    [Fact]
    public void AskNext_Sparse_AsksTheRedFlagsAndPainDurationFirst()
    {
        var keys = Example("sparse").AskNext.Select(q => q.Key).Take(6).ToList();

        keys.Take(4).ShouldBe(RedFlags, ignoreOrder: true);
        keys.ShouldContain("painDurationMonths");
        keys.ShouldContain("painType");
    }

    [Fact]
    public void AskNext_PostSurgical_AsksForTheScsTrialRightAfterTheRedFlags()
    {
        // the only unknown left before spinal cord stimulation, the procedure this case is about, is decided
        var keys = Example("post-surgical-pain").AskNext.Select(q => q.Key).ToList();

        keys.IndexOf("flags.successfulScsTrial").ShouldBe(keys.Count(k => RedFlags.Contains(k)));
    }

    [Fact]
    public void AskNext_Stenosis_AsksWhatSettlesPildBeforeQuestionsAboutProceduresTheCaseDoesNotSuggest()
    {
        var keys = Example("stenosis-claudication").AskNext.Select(q => q.Key).ToList();

        keys.IndexOf("findings.spondylolisthesisGrade").ShouldBeLessThan(keys.IndexOf("conditions.osteoporosis"));
        keys.IndexOf("findings.spondylolisthesisGrade").ShouldBeLessThan(keys.IndexOf("conditions.sacroiliac-joint-pain"));
    }

    private static DecisionReport Example(string name) =>
        TestCases.Evaluate(TestCases.ShippedEngine, File.ReadAllText(Path.Combine(RepositoryPaths.Repository, "examples", "cases", name + ".json")));
}
