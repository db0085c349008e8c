using Spinewise.Application.Contracts;
using Spinewise.Application.Queries;

namespace Spinewise.Application.Tests;

public sealed class QueryTests
{
    [Fact]
    public void ShowIntervention_Synonym_ResolvesToTheId()
    {
        var outcome = new ShowIntervention(Hosts.Shipped).Execute("rfa");

        outcome.Value.Intervention.Id.ShouldBe("lumbar-rfa");
    }

    [Fact]
    public void QueryRecommendations_MistypedIntervention_FailsNamingTheParameterAndTheNearestIds()
    {
        var outcome = new QueryRecommendations(Hosts.Shipped).Execute(new RecommendationFilters(null, "lumbar-rf", null, null));

        var failure = outcome.Failure.ShouldBeOfType<UnknownIdFailure>();
        failure.Parameter.ShouldBe("intervention");
        failure.Kind.ShouldBe("intervention");
        failure.Nearest.ShouldContain("lumbar-rfa");
        failure.Known.ShouldContain("lumbar-rfa");
    }

    [Fact]
    public void QueryRecommendations_GradeNotInTheGuidelinesScheme_FailsOnGrade()
    {
        var outcome = new QueryRecommendations(Hosts.Shipped).Execute(new RecommendationFilters("aspn-2022", null, null, "Z"));

        outcome.Failure.ShouldBeOfType<UnknownIdFailure>().Parameter.ShouldBe("grade");
    }

    [Fact]
    public void QueryRecommendations_Filters_AreResolvedInTheContract()
    {
        var contract = new QueryRecommendations(Hosts.Shipped).Execute(new RecommendationFilters("ASPN-2022", "RFA", null, null)).Value;

        contract.Filters.ShouldBe(new RecommendationFilters("aspn-2022", "lumbar-rfa", null, null));
        contract.Count.ShouldBe(contract.Recommendations.Count);
        contract.Recommendations.ShouldAllBe(r => r.Guideline == "aspn-2022" && r.Interventions.Contains("lumbar-rfa"));
    }

    [Fact]
    public void CompareIntervention_UnknownPain_FailsOnPainWithTheAllowedValues()
    {
        var outcome = new CompareIntervention(Hosts.Shipped).Execute("epidural-steroid-injection", "sideways");

        var failure = outcome.Failure.ShouldBeOfType<InvalidParameterFailure>();
        failure.Parameter.ShouldBe("pain");
        failure.Allowed.ShouldBe(["axial", "radicular"]);
    }

    [Fact]
    public void ShowTrial_UnknownId_FailsWithTheNearest()
    {
        var failure = new ShowTrial(Hosts.Shipped).Execute("motio").Failure.ShouldBeOfType<UnknownIdFailure>();

        failure.Parameter.ShouldBe("id");
        failure.Nearest.ShouldContain("motion");
    }
}
