using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Sources;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Tests;

public sealed class RecommendationTests
{
    private static readonly InterventionId Rfa = new("lumbar-rfa");
    private static readonly InterventionId Mbb = new("medial-branch-block");

    private static Recommendation Make(string grade, params InterventionStance[] stances) => new(
        new RecommendationId("g/t/1"), new GuidelineId("g"), "t", "statement", RecommendationKind.Treatment, stances, [],
        null, grade, "I-A", "I-A", "High", Certainty.High, null, new SourceRef(new SourceId("s"), null, null, Verification.Verified),
        RecommendationDetails.Plain);

    [Fact]
    public void Stance_IsThePrimaryInterventionsStance()
    {
        var r = Make("B", new InterventionStance(Rfa, "pulsed", Stance.Against, null), new InterventionStance(Mbb, null, Stance.For, null));

        r.Stance.ShouldBe(Stance.Against);
        r.StanceToward(Mbb).ShouldBe(Stance.For);
        r.StanceToward(new InterventionId("scs")).ShouldBe(Stance.NotAddressed);
    }

    [Fact]
    public void Query_FiltersCombineAndNullMeansAny()
    {
        var a = Make("A", new InterventionStance(Rfa, null, Stance.For, null));
        var b = Make("B", new InterventionStance(Mbb, null, Stance.For, null));

        new RecommendationQuery().Matches(a).ShouldBeTrue();
        new RecommendationQuery(Intervention: Rfa).Matches(b).ShouldBeFalse();
        new RecommendationQuery(Intervention: Rfa, Grade: "A").Matches(a).ShouldBeTrue();
        new RecommendationQuery(Intervention: Rfa, Grade: "B").Matches(a).ShouldBeFalse();
        new RecommendationQuery(Guideline: new GuidelineId("other")).Matches(a).ShouldBeFalse();
    }
}
