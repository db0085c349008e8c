using Spinewise.Domain;
using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Sources;
using Spinewise.Domain.Vocabulary;
using Spinewise.Testing;

namespace Spinewise.Knowledge.Tests;

public sealed class ContentTests
{
    private static KnowledgeBase Kb => ShippedKnowledge.Value;

    private static Recommendation Rec(string id) => Kb.FindRecommendation(new RecommendationId(id)).ShouldNotBeNull(id);

    public static TheoryData<string> ContractInterventions => new(
        "epidural-steroid-injection", "trigger-point-injection", "facet-joint-injection", "medial-branch-block", "lumbar-rfa",
        "sij-injection", "sij-rfa", "regenerative-intradiscal", "pild", "interspinous-spacer", "endoscopic-discectomy",
        "interspinous-fusion", "sij-fusion", "vertebral-augmentation", "scs", "idds", "multifidus-stimulation", "pns", "pnfs",
        "bvn-ablation", "drg-radiofrequency", "conservative-care", "spine-surgery");

    public static TheoryData<string> ContractConditions => new(
        "disc-herniation", "lumbar-spinal-stenosis", "neurogenic-claudication", "ligamentum-flavum-hypertrophy", "discogenic-pain",
        "facet-joint-pain", "sacroiliac-joint-pain", "myofascial-pain", "post-surgical-spine-pain", "vertebral-compression-fracture",
        "vertebrogenic-pain", "spondylolisthesis", "cancer", "inflammatory-arthropathy", "spinal-infection");

    [Theory]
    [MemberData(nameof(ContractInterventions))]
    public void Vocabulary_HasContractIntervention(string id) => Kb.FindIntervention(new InterventionId(id)).ShouldNotBeNull();

    [Theory]
    [MemberData(nameof(ContractConditions))]
    public void Vocabulary_HasContractCondition(string id) => Kb.FindCondition(new ConditionId(id)).ShouldNotBeNull();

    [Fact]
    public void Vocabulary_SubTypesAreVariantsOfTheirIntervention()
    {
        Kb.FindIntervention(new InterventionId("epidural-steroid-injection"))!.Variants.Select(v => v.Id).ShouldBe(["interlaminar", "transforaminal", "caudal"]);
        Kb.FindIntervention(new InterventionId("lumbar-rfa"))!.Variants.Select(v => v.Id).ShouldBe(["conventional", "cooled", "pulsed"]);
        Kb.FindIntervention(new InterventionId("regenerative-intradiscal"))!.Variants.Select(v => v.Id).ShouldContain("prp");
    }

    [Fact]
    public void Vocabulary_EveryStandardCodeHasASource()
    {
        var codes = Kb.Interventions.SelectMany(i => i.Codes).Concat(Kb.Conditions.SelectMany(c => c.Codes)).ToList();

        codes.ShouldNotBeEmpty();
        codes.ShouldAllBe(c => Kb.FindSource(c.Source.Document) != null);
    }

    [Theory]
    [InlineData("aspn-2022/facet/6", Stance.Against, RecommendationKind.Treatment)] // "Do not use ... as sole therapy", grade B
    [InlineData("aspn-2022/rfa/3", Stance.Against, RecommendationKind.Treatment)] // "Pulsed RFA is not efficacious", grade D
    [InlineData("aspn-2022/facet/7", Stance.NotAddressed, RecommendationKind.Technique)] // Whitacre needles: a safety and technique statement, no stance on MBB
    [InlineData("aspn-2022/facet/8", Stance.For, RecommendationKind.Diagnostic)] // MBB prognostic for RFA
    [InlineData("aspn-2022/regenerative/1", Stance.Insufficient, RecommendationKind.Treatment)] // grade I
    [InlineData("aspn-2022/tpi/3", Stance.Conditional, RecommendationKind.Treatment)] // grade C, "may be of benefit"
    [InlineData("aspn-2022/pild/1", Stance.For, RecommendationKind.Treatment)]
    public void Stance_IsAuthoredPerRecommendation(string id, Stance stance, RecommendationKind kind)
    {
        var r = Rec(id);

        r.Stance.ShouldBe(stance);
        r.Kind.ShouldBe(kind);
    }

    [Fact]
    public void Stance_IsNotAFunctionOfGrade()
    {
        var gradeB = Kb.Recommendations.Where(r => r.Grade == "B").Select(r => r.Stance).Distinct().ToList();

        gradeB.ShouldContain(Stance.For);
        gradeB.ShouldContain(Stance.Against);
    }

    [Fact]
    public void Certainty_StrongAndWeak_StayUnmappedAndOthersMapToTheCommonScale()
    {
        var recommendations = Kb.FindGuideline(new GuidelineId("aspn-2022"))!.Recommendations;

        recommendations.Where(r => r.Certainty is "Strong" or "Weak").ShouldAllBe(r => r.CertaintyNormalised == null);
        recommendations.Where(r => r.Certainty == "High").ShouldAllBe(r => r.CertaintyNormalised == Certainty.High);
        recommendations.Count(r => r.Certainty == "Strong").ShouldBe(12);
        recommendations.Count(r => r.Certainty == "Weak").ShouldBe(3);
    }

    [Fact]
    public void Scheme_LevelsHaveNoInventedDefinitions()
    {
        var scheme = Kb.FindGradingScheme(new GradingSchemeId("aspn-uspstf")).ShouldNotBeNull();

        scheme.Levels.Select(l => l.Code).ShouldBe(["I-A", "I-B", "I-C", "II"]);
        scheme.Levels.ShouldAllBe(l => l.Definition == null && l.Source.Verification == Verification.NotFound);
        scheme.Grades.Select(g => g.Code).ShouldBe(["A", "B", "C", "D", "I"]);
        scheme.CertaintyLabels.Select(c => c.Label).ShouldBe(["High", "Moderate", "Low", "Strong", "Weak"]);
        scheme.CertaintyMixesVocabularies.ShouldBeTrue();
    }

    [Fact]
    public void EveryRecommendation_HasASourceInTheRegisterAndAtLeastOneIntervention()
    {
        Kb.Recommendations.ShouldAllBe(r => Kb.FindSource(r.Source.Document) != null && r.Interventions.Count > 0);
    }

    [Fact]
    public void Guideline_PublicationFactsMatchTheSeeds()
    {
        var g = Kb.FindGuideline(new GuidelineId("aspn-2022"))!;

        g.Citation.Doi.ShouldBe("10.2147/JPR.S386879");
        g.Authors.Count.ShouldBe(29);
        g.PublicationDates.Select(d => d.Date).Distinct().ShouldBe([new DateOnly(2022, 12, 5), new DateOnly(2022, 12, 6)]);
        g.GradingScheme.Value.ShouldBe("aspn-uspstf");
    }
}
