using Spinewise.Domain;
using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Sources;
using Spinewise.Domain.Vocabulary;
using Spinewise.Knowledge;
using Spinewise.Testing;

namespace Spinewise.Knowledge.Tests;

public sealed class ConflictTests
{
    private static readonly GuidelineId Aspn = new("aspn-2022");
    private static readonly GuidelineId Bmj = new("bmj-2025");
    private static KnowledgeBase Kb => ShippedKnowledge.Value;

    private static Conflict AspnBmj(Comparison c, PainType pain) =>
        c.Conflicts.Single(x => x.PainType == pain && new[] { x.First.Guideline, x.Second.Guideline }.ToHashSet().SetEquals([Aspn, Bmj]));

    [Fact]
    public void Bmj2025_HasSixStrongRecommendationsAgainst_MappedToPainType()
    {
        var bmj = Kb.FindGuideline(Bmj).ShouldNotBeNull();

        bmj.Recommendations.Count.ShouldBe(6);
        bmj.Recommendations.ShouldAllBe(r => r.Stance == Stance.Against && r.Details.StrengthNormalised == StrengthLevel.Strong);
        bmj.Recommendations.Count(r => r.Details.PainTypes.SequenceEqual(new[] { PainType.Axial })).ShouldBe(4);
        bmj.Recommendations.Count(r => r.Details.PainTypes.SequenceEqual(new[] { PainType.Radicular })).ShouldBe(2);
        bmj.GradingScheme.Value.ShouldBe("grade");
        bmj.Details.Population.ShouldNotBeNull().MinimumDurationMonths.ShouldBe(3);
    }

    [Fact]
    public void Bmj2025_Exclusions_CarryTheirVerification()
    {
        var excludes = Kb.FindGuideline(Bmj)!.Details.Population!.Excludes;

        excludes.Single(e => e.Condition == new ConditionId("cancer")).Source.Verification.ShouldBe(Verification.Verified);
        excludes.Single(e => e.Condition == new ConditionId("inflammatory-arthropathy")).Source.Verification.ShouldBe(Verification.Verified);
        excludes.Single(e => e.Condition == new ConditionId("spinal-infection")).Source.Verification.ShouldBe(Verification.Secondary);
        excludes.Single(e => e.Condition == new ConditionId("vertebral-compression-fracture")).Source.Verification.ShouldBe(Verification.Unverified);
    }

    [Theory]
    [InlineData(PainType.Axial, "bmj-2025/axial/2")]
    [InlineData(PainType.Radicular, "bmj-2025/radicular/2")]
    public void EpiduralInjections_AspnAndBmjConflictInDirection_WithSourcedReasons(PainType pain, string bmjRecommendation)
    {
        var conflict = AspnBmj(ConflictDetector.Compare(Kb, new InterventionId("epidural-steroid-injection"), pain), pain);

        conflict.Kind.ShouldBe(ConflictKind.Direction);
        var sides = new[] { conflict.First, conflict.Second };
        sides.Single(s => s.Guideline == Aspn).Positions.Select(p => p.Recommendation.Id.Value)
            .ShouldBe(["aspn-2022/esi/1", "aspn-2022/esi/2", "aspn-2022/esi/3", "aspn-2022/esi/4"]);
        sides.Single(s => s.Guideline == Bmj).Positions.Select(p => p.Recommendation.Id.Value).ShouldBe([bmjRecommendation]);
        var codes = conflict.Reasons.Select(r => r.Code).ToHashSet();
        string[] expected = ["population-pooling", "comparator", "outcome-threshold", "grading-method", "technique-fidelity", "panel-composition", "heterogeneity"];
        expected.ShouldAllBe(code => codes.Contains(code));
        conflict.Reasons.ShouldAllBe(r => Kb.FindSource(r.Source.Document) != null && Kb.FindReasonCode(r.Code) != null);
        conflict.Reasons.ShouldContain(r => r.Code == "technique-fidelity" && r.Source.Document.Value == "seed-004");
    }

    [Fact]
    public void LumbarRfa_ConflictsOnAxialPainOnly_AndAgreesOnPulsedRfa()
    {
        var comparison = ConflictDetector.Compare(Kb, new InterventionId("lumbar-rfa"));
        var conflict = AspnBmj(comparison, PainType.Axial);

        conflict.Kind.ShouldBe(ConflictKind.Direction);
        new[] { conflict.First, conflict.Second }.Single(s => s.Guideline == Aspn).Positions
            .ShouldContain(p => p.Recommendation.Id.Value == "aspn-2022/rfa/1" && p.Stance.Stance == Stance.For);
        conflict.Reasons.ShouldContain(r => r.Code == "population-pooling");
        comparison.Conflicts.ShouldNotContain(c => c.PainType == PainType.Radicular && c.Kind == ConflictKind.Direction
            && new[] { c.First.Guideline, c.Second.Guideline }.Contains(Bmj));
        comparison.Agreements.ShouldContain(a => a.PainType == PainType.Axial && a.Stance == Stance.Against
            && a.Positions.Any(p => p.Recommendation.Id.Value == "aspn-2022/rfa/3") && a.Positions.Any(p => p.Guideline.Id == Bmj));
    }

    [Fact]
    public void FacetSteroid_AsSoleTherapy_IsAnAgreementAgainstBetweenAspnAndBmj()
    {
        var comparison = ConflictDetector.Compare(Kb, new InterventionId("facet-joint-injection"), PainType.Axial);

        comparison.Agreements.ShouldContain(a => a.Stance == Stance.Against
            && a.Positions.Any(p => p.Recommendation.Id.Value == "aspn-2022/facet/6")
            && a.Positions.Any(p => p.Recommendation.Id.Value == "bmj-2025/axial/3"));
    }

    [Fact]
    public void SiJointRfa_MappingToBmjJointRfa_IsShownUnverified()
    {
        var position = ConflictDetector.Positions(Kb, new InterventionId("sij-rfa")).Single(p => p.Guideline.Id == Bmj);

        position.Verification.ShouldBe(Verification.Unverified);
        position.Stance.Note.ShouldNotBeNull().ShouldContain("inferred");
    }

    [Theory]
    [InlineData("pild")]
    [InlineData("scs")]
    [InlineData("idds")]
    [InlineData("vertebral-augmentation")]
    [InlineData("bvn-ablation")]
    [InlineData("interspinous-spacer")]
    public void Bmj2025_InterventionsItDoesNotAddress_AreNotAddressedNeverAgainst(string intervention)
    {
        var comparison = ConflictDetector.Compare(Kb, new InterventionId(intervention));

        comparison.NotAddressedBy.ShouldContain(n => n.Guideline.Id == Bmj);
        comparison.Positions.ShouldNotContain(p => p.Guideline.Id == Bmj);
        comparison.Conflicts.ShouldNotContain(c => c.First.Guideline == Bmj || c.Second.Guideline == Bmj);
    }

    [Fact]
    public void TechniqueAndDiagnosticStatements_AreNotWeighedAsTreatmentConflicts()
    {
        var comparison = ConflictDetector.Compare(Kb, new InterventionId("medial-branch-block"), PainType.Axial);

        comparison.Positions.ShouldContain(p => p.Recommendation.Id.Value == "aspn-2022/facet/8" && p.Recommendation.Kind == RecommendationKind.Diagnostic);
        comparison.Conflicts.SelectMany(c => c.First.Positions.Concat(c.Second.Positions))
            .ShouldAllBe(p => p.Recommendation.Kind == RecommendationKind.Treatment);
    }

    [Fact]
    public void Conflict_NoSourceExplainsIt_HasNoReasons()
    {
        using var kb = new TempKnowledge();
        foreach (var file in Directory.GetFiles(Path.Combine(kb.Directory, "critiques")))
        {
            File.Delete(file);
        }

        kb.Replace("conflicts/reasons.yaml", "explanations:", "unused:\n  - id: x\nexplanationsRemoved:");
        var text = File.ReadAllText(Path.Combine(kb.Directory, "conflicts/reasons.yaml"));
        File.WriteAllText(Path.Combine(kb.Directory, "conflicts/reasons.yaml"), text[..text.IndexOf("unused:", StringComparison.Ordinal)]);
        var loaded = KnowledgeLoader.Load(kb.Directory);
        loaded.Diagnostics.ShouldBeEmpty(string.Join(Environment.NewLine, loaded.Diagnostics));

        var conflict = AspnBmj(ConflictDetector.Compare(loaded.Knowledge!, new InterventionId("epidural-steroid-injection"), PainType.Axial), PainType.Axial);

        conflict.Reasons.ShouldBeEmpty();
        Conflict.NoReason.ShouldBe("reason not addressed by any source");
    }

    [Fact]
    public void Variants_AgainstPulsedRfa_DoesNotConflictWithAGeneralForFromAnotherGuideline()
    {
        var comparison = ConflictDetector.Compare(Kb, new InterventionId("lumbar-rfa"), PainType.Axial);

        comparison.Conflicts.ShouldNotContain(c => c.First.Positions.Concat(c.Second.Positions)
            .Any(p => p.Recommendation.Id.Value == "aspn-2022/rfa/3") && new[] { c.First.Guideline, c.Second.Guideline }.Contains(new GuidelineId("asipp-2020-facet")));
        comparison.Conflicts.ShouldContain(c => c.First.Positions.Concat(c.Second.Positions).Any(p => p.Recommendation.Id.Value == "aspn-2022/rfa/1")
            && new[] { c.First.Guideline, c.Second.Guideline }.Contains(Bmj));
    }

    [Fact]
    public void Populations_ThatCannotOverlap_AreNotWeighedAgainstEachOther()
    {
        var comparison = ConflictDetector.Compare(Kb, new InterventionId("scs"));

        comparison.Positions.ShouldContain(p => p.Recommendation.Id.Value == "nice-ta159/scs/2" && p.Stance.Stance == Stance.Against);
        comparison.Conflicts.ShouldNotContain(c => c.First.Positions.Concat(c.Second.Positions).Any(p => p.Recommendation.Id.Value == "nice-ta159/scs/2"));
    }

    [Fact]
    public void ConditionsOf_UnrestrictedRecommendation_FallsBackToTheGuidelinesScope()
    {
        Kb.ConditionsOf(Kb.FindRecommendation(new RecommendationId("aspn-2022/bvn/1"))!).ShouldBe([new ConditionId("low-back-pain")]);
        Kb.ConditionsOf(Kb.FindRecommendation(new RecommendationId("bmj-2025/axial/2"))!).ShouldBeEmpty();
        Kb.ConditionsOverlap([new ConditionId("facet-joint-pain")], [new ConditionId("low-back-pain")]).ShouldBeTrue();
        Kb.ConditionsOverlap([new ConditionId("ischaemic-pain")], [new ConditionId("low-back-pain")]).ShouldBeFalse();
    }
}
