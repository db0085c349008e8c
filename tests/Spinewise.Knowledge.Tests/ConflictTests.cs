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

        var conflict = AspnBmj(ConflictDetector.Compare(loaded.Value, new InterventionId("epidural-steroid-injection"), PainType.Axial), PainType.Axial);

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

    private static readonly string[] CritiqueDocuments = ["seed-004", "retraction-watch-2025", "acr-2025-challenge", "ausdoc-2025", "aspn-response-2025"];

    private static IEnumerable<Conflict> AllConflicts(KnowledgeBase kb) =>
        kb.Interventions.SelectMany(i => ConflictDetector.Compare(kb, i.Id).Conflicts);

    private static bool Between(Conflict c, GuidelineId a, GuidelineId b) => new[] { c.First.Guideline, c.Second.Guideline }.ToHashSet().SetEquals([a, b]);

    [Fact]
    public void SiJointRfa_ConflictOnBmjsUnverifiedMapping_IsUnverified()
    {
        var conflict = AspnBmj(ConflictDetector.Compare(Kb, new InterventionId("sij-rfa"), PainType.Axial), PainType.Axial);

        conflict.Verification.ShouldBe(Verification.Unverified);
    }

    [Fact]
    public void EpiduralInjections_AspnBmjConflictOnVerifiedPositions_IsVerified()
    {
        var conflict = AspnBmj(ConflictDetector.Compare(Kb, new InterventionId("epidural-steroid-injection"), PainType.Axial), PainType.Axial);

        conflict.First.Positions.Concat(conflict.Second.Positions).ShouldAllBe(p => p.Verification == Verification.Verified);
        conflict.Verification.ShouldBe(Verification.Verified);
    }

    [Fact]
    public void EveryConflict_Verification_IsTheWeakestOfItsPositionsAndSources()
    {
        foreach (var conflict in AllConflicts(Kb))
        {
            var weakest = conflict.First.Positions.Concat(conflict.Second.Positions)
                .SelectMany(p => new[] { p.Verification, p.Stance.Verification, p.Recommendation.Details.Verification, p.Recommendation.Source.Verification })
                .Max();
            conflict.Verification.ShouldBe(weakest, $"{conflict.Intervention} {conflict.First.Guideline} vs {conflict.Second.Guideline}");
        }
    }

    [Fact]
    public void Critiques_OfBmjAndWang_AreNoReasonsForConflictsWithoutBmj()
    {
        var withoutBmj = AllConflicts(Kb).Where(c => c.First.Guideline != Bmj && c.Second.Guideline != Bmj).ToList();

        withoutBmj.ShouldContain(c => Between(c, new GuidelineId("asipp-2020-facet"), new GuidelineId("nice-ng59")));
        withoutBmj.SelectMany(c => c.Reasons).ShouldNotContain(r => CritiqueDocuments.Contains(r.Source.Document.Value));
    }

    [Fact]
    public void Critique_AimedAtOneGuideline_IsAReasonOnlyWhereThatGuidelineIsASide()
    {
        // Given the PSPS statement re-aimed at NICE NG59 alone
        using var temp = new TempKnowledge().Replace("critiques/psps-2025.yaml", "  - { synthesis: wang-2025-nma }\n  - { guideline: bmj-2025 }", "  - { guideline: nice-ng59 }");
        var loaded = KnowledgeLoader.Load(temp.Directory);
        loaded.Diagnostics.ShouldBeEmpty(string.Join(Environment.NewLine, loaded.Diagnostics));
        var conflicts = AllConflicts(loaded.Value).ToList();
        static bool Psps(Conflict c) => c.Reasons.Any(r => r.Source.Document.Value == "seed-004");

        // Then its points explain conflicts with NICE, and no longer those of BMJ with ASPN
        conflicts.Where(Psps).ShouldNotBeEmpty();
        conflicts.Where(Psps).ShouldAllBe(c => c.First.Guideline.Value == "nice-ng59" || c.Second.Guideline.Value == "nice-ng59");
        conflicts.Where(c => Between(c, Aspn, Bmj)).Count(Psps).ShouldBe(0);
    }

    [Fact]
    public void NiceConsiderRfa_AgainstBmjStrongAgainst_IsADirectionConflictNotAStrengthOne()
    {
        var comparison = ConflictDetector.Compare(Kb, new InterventionId("lumbar-rfa"), PainType.Axial);
        var nice = new GuidelineId("nice-ng59");

        comparison.Conflicts.Where(c => Between(c, nice, Bmj)).Select(c => c.Kind).ShouldBe([ConflictKind.Direction]);
    }

    [Fact]
    public void ConditionalAgainst_IsReadAndWeighedByDirection()
    {
        // Given NICE's RFA recommendation rewritten as a conditional recommendation against
        using var temp = new TempKnowledge().Replace("guidelines/nice-ng59/recommendations.yaml",
            "{ id: lumbar-rfa, stance: conditional, note:", "{ id: lumbar-rfa, stance: conditional-against, note:");
        var loaded = KnowledgeLoader.Load(temp.Directory);
        loaded.Diagnostics.ShouldBeEmpty(string.Join(Environment.NewLine, loaded.Diagnostics));
        var nice = new GuidelineId("nice-ng59");

        var comparison = ConflictDetector.Compare(loaded.Value, new InterventionId("lumbar-rfa"), PainType.Axial);

        // Then it points against: a direction conflict with ASPN's "for", a strength one with BMJ's strong "against"
        comparison.Positions.Single(p => p.Recommendation.Id.Value == "nice-ng59/rfa/1").Stance.Stance.ShouldBe(Stance.ConditionalAgainst);
        comparison.Conflicts.Where(c => Between(c, Aspn, nice)).Select(c => c.Kind).ShouldBe([ConflictKind.Direction]);
        comparison.Conflicts.Where(c => Between(c, nice, Bmj)).Select(c => c.Kind).ShouldBe([ConflictKind.Strength]);
    }

    [Theory]
    [InlineData("aspn-2022/facet/4", "facet-joint-injection", "can be more effective than injection therapy alone")]
    [InlineData("aspn-2022/multifidus/4", "pns", "25 times higher than rate for coiled leads")]
    public void Aspn_ComparisonOrSafetyStatement_TakesNoStance_AndTheNoteQuotesTheSource(string id, string intervention, string words)
    {
        var r = Kb.FindRecommendation(new RecommendationId(id)).ShouldNotBeNull();
        var stance = r.Interventions.Single(s => s.Intervention.Value == intervention);

        stance.Stance.ShouldBe(Stance.NotAddressed);
        stance.Note.ShouldNotBeNull().ShouldContain(words);
        r.Statement.ShouldContain(words);
    }

    [Fact]
    public void Aspn_TechniqueSafetyAndComparisonStatements_TakeNoDirectedStance()
    {
        var comparison = new System.Text.RegularExpressions.Regex(
            "more effective than|superior to (?!sham)|equally efficacious|higher than|favorable to|do not replace",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        var aspn = Kb.FindGuideline(Aspn).ShouldNotBeNull();
        var offending = aspn.Recommendations
            .Where(r => r.Kind is RecommendationKind.Technique or RecommendationKind.Safety || comparison.IsMatch(r.Statement))
            .Where(r => r.Interventions.Any(s => s.Direction is not null || s.Stance == Stance.Insufficient))
            .Select(r => r.Id.Value)
            .ToList();

        aspn.Recommendations.Count(r => comparison.IsMatch(r.Statement)).ShouldBeGreaterThanOrEqualTo(5);
        offending.ShouldBeEmpty();
    }
}
