using System.Text.Json;

namespace Spinewise.Cli.Tests;

public sealed class RecommendationsCommandTests
{
    private static readonly string[] ContractFields =
        ["id", "guideline", "topic", "statement", "kind", "interventions", "conditions", "grade", "level", "levelAsPublished", "certainty", "stance", "source"];

    [Fact]
    public void Json_AllAspnRecommendations_CarryTheContractFields()
    {
        var run = CliRun.Of("recommendations", "--guideline", "aspn-2022", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        var json = run.Json();
        json.GetProperty("knowledgeVersion").GetString()!.Length.ShouldBe(64);
        var recommendations = json.GetProperty("recommendations").EnumerateArray().ToList();
        recommendations.Count.ShouldBe(61);
        foreach (var r in recommendations)
        {
            foreach (var field in ContractFields)
            {
                r.TryGetProperty(field, out _).ShouldBeTrue($"{r.GetProperty("id")} lacks '{field}'");
            }
        }
    }

    [Fact]
    public void Json_PublishedLevelTypo_IsNormalisedWithPublishedValueBeside()
    {
        var r = CliRun.Of("recommendations", "--guideline", "aspn-2022", "--intervention", "multifidus-stimulation", "--json").Json()
            .GetProperty("recommendations").EnumerateArray().First();

        r.GetProperty("id").GetString().ShouldBe("aspn-2022/multifidus/1");
        r.GetProperty("level").GetString().ShouldBe("I-B");
        r.GetProperty("levelAsPublished").GetString().ShouldBe("1-B");
        r.GetProperty("kind").GetString().ShouldBe("safety");
        r.GetProperty("source").GetProperty("line").GetInt32().ShouldBe(111);
        r.GetProperty("source").GetProperty("document").GetString().ShouldBe("seed-001");
    }

    [Fact]
    public void Json_StanceIsAuthoredNotDerivedFromGrade()
    {
        var facet = CliRun.Of("recommendations", "--intervention", "facet-joint-injection", "--grade", "B", "--json").Json()
            .GetProperty("recommendations").EnumerateArray().ToList();

        var soleTherapy = facet.Single(r => r.GetProperty("id").GetString() == "aspn-2022/facet/6");
        soleTherapy.GetProperty("stance").GetString().ShouldBe("against");
        soleTherapy.GetProperty("grade").GetString().ShouldBe("B");
        // "Combining facet steroid injections with oral NSAIDs can be more effective than injection therapy alone" (grade B) is a comparison, no stance on the injection as such
        facet.Single(r => r.GetProperty("id").GetString() == "aspn-2022/facet/4").GetProperty("stance").GetString().ShouldBe("not-addressed");
    }

    [Fact]
    public void Json_NonStandardCertainty_IsKeptAsPublishedAndNotMapped()
    {
        var pild = CliRun.Of("recommendations", "--guideline", "aspn-2022", "--intervention", "pild", "--json").Json()
            .GetProperty("recommendations").EnumerateArray().Single();

        pild.GetProperty("certainty").GetString().ShouldBe("Strong");
        pild.GetProperty("certaintyNormalised").ValueKind.ShouldBe(JsonValueKind.Null);
        pild.GetProperty("certaintyVocabulary").GetString().ShouldBe("non-standard");
    }

    [Fact]
    public void Filters_CombineGuidelineInterventionAndGrade()
    {
        var ids = CliRun.Of("recommendations", "--guideline", "aspn-2022", "--intervention", "lumbar-rfa", "--grade", "A", "--json").Json()
            .GetProperty("recommendations").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();

        ids.ShouldBe(["aspn-2022/facet/8", "aspn-2022/rfa/1", "aspn-2022/rfa/4"]);
    }

    [Theory]
    [InlineData("--intervention", "rfaa", "lumbar-rfa (RFA)")]
    [InlineData("--guideline", "aspn", "Did you mean: aspn-2022")]
    [InlineData("--condition", "stenosis", "Did you mean: lumbar-spinal-stenosis?")]
    [InlineData("--grade", "Z", "Known grades: A, B, C, D, I")]
    public void UnknownId_ExitsTwoAndNamesNearestKnown(string option, string value, string hint)
    {
        var run = CliRun.Of("recommendations", option, value);

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldContain($"'{value}'");
        run.Error.ShouldContain(hint);
    }

    [Fact]
    public void People_SeeStatementsGroupedByTopicWithGradeLevelCertaintyAndSource()
    {
        var run = CliRun.Of("recommendations", "--guideline", "aspn-2022", "--intervention", "lumbar-rfa");

        run.ExitCode.ShouldBe(0);
        Snapshot.Match("recommendations-lumbar-rfa", run.ScrubbedOut);
    }
}
