using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Sources;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Tests.Conflicts;

public sealed class ConflictModelTests
{
    private static readonly InterventionId Rfa = new("lumbar-rfa");

    private static GuidelinePosition Position(string guideline, Stance stance, Verification mapping = Verification.Verified, Verification source = Verification.Verified)
    {
        var s = new InterventionStance(Rfa, null, stance, null, mapping);
        var id = new GuidelineId(guideline);
        var r = new Recommendation(new RecommendationId($"{guideline}/t/1"), id, "t", "statement", RecommendationKind.Treatment, [s], [],
            null, null, null, null, null, null, null, new SourceRef(new SourceId("s"), null, null, source), RecommendationDetails.Plain);
        var g = new Guideline(id, guideline, guideline, "org", [], new Citation(null, 2025, null, null, null, null, "c"), [], [], null,
            new GradingSchemeId("grade"), [], [r], [], new SourceRef(new SourceId("s"), null, null, Verification.Verified), GuidelineDetails.Plain);
        return new GuidelinePosition(g, r, s, mapping);
    }

    private static Conflict Between(GuidelinePosition a, GuidelinePosition b) =>
        new(Rfa, PainType.Axial, ConflictKind.Direction, new ConflictSide(a.Guideline.Id, [a]), new ConflictSide(b.Guideline.Id, [b]), []);

    [Theory]
    [InlineData(Stance.For, Stance.For)]
    [InlineData(Stance.Conditional, Stance.For)]
    [InlineData(Stance.Against, Stance.Against)]
    [InlineData(Stance.ConditionalAgainst, Stance.Against)]
    public void Direction_FirmOrConditional_PointsTheSameWay(Stance stance, Stance direction)
    {
        new InterventionStance(Rfa, null, stance, null).Direction.ShouldBe(direction);
    }

    [Theory]
    [InlineData(Stance.Insufficient)]
    [InlineData(Stance.NotAddressed)]
    public void Direction_NoSideTaken_IsNull(Stance stance)
    {
        new InterventionStance(Rfa, null, stance, null).Direction.ShouldBeNull();
    }

    [Fact]
    public void IsConditional_ConditionalForAndAgainst_BothTrue()
    {
        new InterventionStance(Rfa, null, Stance.Conditional, null).IsConditional.ShouldBeTrue();
        new InterventionStance(Rfa, null, Stance.ConditionalAgainst, null).IsConditional.ShouldBeTrue();
        new InterventionStance(Rfa, null, Stance.For, null).IsConditional.ShouldBeFalse();
    }

    [Fact]
    public void Verification_AllVerified_IsVerified()
    {
        Between(Position("a", Stance.For), Position("b", Stance.Against)).Verification.ShouldBe(Verification.Verified);
    }

    [Fact]
    public void Verification_OneUnverifiedMapping_IsUnverified()
    {
        Between(Position("a", Stance.For), Position("b", Stance.Against, mapping: Verification.Unverified)).Verification.ShouldBe(Verification.Unverified);
    }

    [Fact]
    public void Verification_SecondarySourceOfARecommendation_IsSecondary()
    {
        Between(Position("a", Stance.For, source: Verification.Secondary), Position("b", Stance.Against)).Verification.ShouldBe(Verification.Secondary);
    }

    [Fact]
    public void Verification_WeakestOfSeveral_Wins()
    {
        var conflict = Between(Position("a", Stance.For, source: Verification.Secondary), Position("b", Stance.Against, mapping: Verification.Unverified));

        conflict.Verification.ShouldBe(Verification.Unverified);
    }
}
