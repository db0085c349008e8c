using Spinewise.Domain.Decisions;

namespace Spinewise.Domain.Tests.Decisions;

/// <summary>Whether each guideline's recommendations apply to the patient, on the shipped knowledge (BMJ 2025's population).</summary>
public sealed class ApplicabilityTests
{
    private const string ChronicAxial = """
        "id": "t", "painDurationMonths": 14, "painType": "axial",
        "conditions": ["facet-joint-pain"], "ruledOut": ["cancer", "inflammatory-arthropathy", "spinal-infection"]
        """;

    private static RecommendationFit Bmj(DecisionReport report, string recommendation) =>
        report.Of("epidural-steroid-injection").Recommendations.First(r => r.Position.Recommendation.Id.Value == recommendation);

    [Fact]
    public void Bmj_ChronicAxialPainWithExclusionsRuledOut_Applies()
    {
        var fit = Bmj(TestCases.Evaluate(TestCases.ShippedEngine, "{" + ChronicAxial + "}"), "bmj-2025/axial/2");

        fit.Applies.ShouldBe(Applicability.Yes);
        fit.Why.ShouldContain("14 months");
    }

    [Fact]
    public void Bmj_AcutePain_DoesNotApplyAndSaysWhy()
    {
        var fit = Bmj(TestCases.Evaluate(TestCases.ShippedEngine, "{" + ChronicAxial.Replace("14", "1", StringComparison.Ordinal) + "}"), "bmj-2025/axial/2");

        fit.Applies.ShouldBe(Applicability.No);
        fit.Why.ShouldBe("BMJ 2025 applies to pain lasting at least 3 months; this pain has lasted 1");
    }

    [Fact]
    public void Bmj_PainFromCancer_DoesNotApply()
    {
        var json = ChronicAxial.Replace("\"ruledOut\": [\"cancer\", ", "\"ruledOut\": [", StringComparison.Ordinal).Replace("[\"facet-joint-pain\"]", "[\"facet-joint-pain\", \"cancer\"]", StringComparison.Ordinal);
        var fit = Bmj(TestCases.Evaluate(TestCases.ShippedEngine, "{" + json + "}"), "bmj-2025/axial/2");

        fit.Applies.ShouldBe(Applicability.No);
        fit.Why.ShouldContain("does not apply to chronic spine pain secondary to cancer");
    }

    [Fact]
    public void Bmj_RadicularRecommendationForAxialPain_DoesNotApply()
    {
        Bmj(TestCases.Evaluate(TestCases.ShippedEngine, "{" + ChronicAxial + "}"), "bmj-2025/radicular/2").Applies.ShouldBe(Applicability.No);
    }

    [Fact]
    public void Bmj_DurationUnknown_MayApplyAndAsksForIt()
    {
        var report = TestCases.Evaluate(TestCases.ShippedEngine, "{" + ChronicAxial.Replace("\"painDurationMonths\": 14, ", string.Empty, StringComparison.Ordinal) + "}");

        Bmj(report, "bmj-2025/axial/2").Applies.ShouldBe(Applicability.Unknown);
        report.AskNext.Single(q => q.Key == "painDurationMonths").Applicability.ShouldContain(new Vocabulary.InterventionId("epidural-steroid-injection"));
    }

    [Fact]
    public void Bmj_CancerUnrecorded_MayApply()
    {
        var report = TestCases.Evaluate(TestCases.ShippedEngine, """{ "id": "t", "painDurationMonths": 14, "painType": "axial" }""");

        var fit = Bmj(report, "bmj-2025/axial/2");
        fit.Applies.ShouldBe(Applicability.Unknown);
        fit.Why.ShouldContain("cancer");
        report.AskNext.ShouldContain(q => q.Key == "conditions.cancer");
    }

    [Fact]
    public void Conflicts_OnlyAmongRecommendationsThatMayApply()
    {
        var chronic = TestCases.Evaluate(TestCases.ShippedEngine, "{" + ChronicAxial + "}").Of("epidural-steroid-injection");
        var acute = TestCases.Evaluate(TestCases.ShippedEngine, "{" + ChronicAxial.Replace("14", "1", StringComparison.Ordinal) + "}").Of("epidural-steroid-injection");

        chronic.Conflicts.ShouldContain(c => c.Conflict.First.Guideline.Value == "bmj-2025" || c.Conflict.Second.Guideline.Value == "bmj-2025");
        acute.Conflicts.ShouldNotContain(c => c.Conflict.First.Guideline.Value == "bmj-2025" || c.Conflict.Second.Guideline.Value == "bmj-2025");
        chronic.Conflicts.ShouldAllBe(c => c.Conflict.PainType == Grading.PainType.Axial);
    }

    [Fact]
    public void Report_ListsEveryInterventionAnySourceSpeaksTo()
    {
        var kb = TestCases.ShippedEngine.Knowledge;
        var spoken = kb.Interventions.Where(i => kb.CriteriaOf(i.Id) is not null
            || kb.Recommendations.Any(r => r.Interventions.Any(s => s.Intervention == i.Id && s.Stance != Grading.Stance.NotAddressed)));

        var report = TestCases.Evaluate(TestCases.ShippedEngine, """{ "id": "t" }""");

        report.Interventions.Select(a => a.Intervention.Id).ShouldBe(spoken.Select(i => i.Id));
        report.Interventions.Where(a => kb.CriteriaOf(a.Intervention.Id) is null).ShouldAllBe(a => a.Status == CandidateStatus.NotAddressed);
    }

    [Fact]
    public void FlagsNotAddressed_ShowsTrueFlagsNoCriterionOfTheInterventionTests()
    {
        var report = TestCases.Evaluate(TestCases.ShippedEngine, """
            { "id": "t", "conditions": ["lumbar-spinal-stenosis"], "flags": { "activeInfection": true, "pacemakerOrIcd": false } }
            """);

        var pild = report.Of("pild");
        pild.FlagsNotAddressed.ShouldBe(["activeInfection"]);
        report.Of("epidural-steroid-injection").FlagsNotAddressed.ShouldBeEmpty(); // an ESI trial excludes infection
        report.Of("idds").FlagsNotAddressed.ShouldNotContain("activeInfection"); // the IDDS table lists active infection
    }

    [Fact]
    public void AcuteCasesStatement_WithNoDurationFromItsGuideline_MayApplyAndSaysWhy()
    {
        var report = TestCases.Evaluate(TestCases.ShippedEngine, "{" + ChronicAxial + "}");

        var fit = report.Of("facet-joint-injection").Recommendations.Single(r => r.Position.Recommendation.Id.Value == "aspn-2022/facet/3");
        fit.Applies.ShouldBe(Applicability.Unknown);
        fit.Why.ShouldBe("concerns acute pain; ASPN 2022 gives no duration for acute pain, so whether this pain counts is not addressed");
    }
}
