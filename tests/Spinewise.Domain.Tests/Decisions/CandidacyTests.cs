using Spinewise.Domain.Decisions;
using Spinewise.Domain.Eligibility;

namespace Spinewise.Domain.Tests.Decisions;

/// <summary>"Candidate" on the shipped knowledge only when the steps the sources state are met and no recorded safety flag goes unaddressed.</summary>
public sealed class CandidacyTests
{
    private static DecisionReport Evaluate(string json) => TestCases.Evaluate(TestCases.ShippedEngine, "{" + json + "}");

    private static Truth ResultOf(InterventionAssessment a, string criterion) => a.Criteria.Single(c => c.Criterion.Id == criterion).Result;

    [Theory]
    [InlineData("sij-fusion", "sij-fusion/insite-sij-block-50-percent")]
    [InlineData("sij-rfa", "sij-rfa/mint-positive-diagnostic-block")]
    public void SacroiliacProcedure_TwoMonthsOfPainAndNoBlock_IsNotCandidate(string intervention, string block)
    {
        var a = Evaluate("""
            "id": "t", "age": 50, "painDurationMonths": 2, "painType": "axial", "conditions": ["sacroiliac-joint-pain"],
            "history": [ { "intervention": "conservative-care", "months": 2, "outcome": "failed" } ], "notDone": ["sij-injection"],
            "flags": { "activeInfection": false, "coagulopathy": false, "pregnancy": false, "immunocompromised": false }
            """).Of(intervention);

        a.Status.ShouldBe(CandidateStatus.NotCandidate);
        a.Decisive.Select(d => d.Criterion.Id).ShouldContain(block);
    }

    [Fact]
    public void SacroiliacFusion_SixMonthsFailedCareAndPositiveBlock_IsCandidate()
    {
        var a = Evaluate("""
            "id": "t", "age": 50, "painDurationMonths": 9, "painType": "axial", "conditions": ["sacroiliac-joint-pain"],
            "history": [ { "intervention": "conservative-care", "months": 7, "outcome": "failed" }, { "intervention": "sij-injection", "reliefPercent": 80, "outcome": "effective" } ],
            "flags": { "activeInfection": false, "coagulopathy": false, "pregnancy": false, "immunocompromised": false }
            """).Of("sij-fusion");

        a.Status.ShouldBe(CandidateStatus.Candidate);
    }

    [Fact]
    public void MultifidusStimulation_OneMonthWithoutFailedCare_IsNotCandidate()
    {
        var a = Evaluate("""
            "id": "t", "age": 45, "painDurationMonths": 1, "painType": "axial", "conditions": ["low-back-pain"],
            "notDone": ["conservative-care"], "flags": { "positiveProneInstabilityTest": true }
            """).Of("multifidus-stimulation");

        a.Status.ShouldBe(CandidateStatus.NotCandidate);
        a.Decisive.Select(d => d.Criterion.Id).ShouldBe(["multifidus-stimulation/reactiv8-b-refractory"]);
    }

    [Fact]
    public void EpiduralInjection_ActiveInfectionAndCoagulopathy_IsNotCandidate()
    {
        var a = Evaluate("""
            "id": "t", "age": 50, "painDurationMonths": 4, "painType": "radicular", "conditions": ["disc-herniation"],
            "flags": { "activeInfection": true, "coagulopathy": true, "pregnancy": false, "immunocompromised": false }
            """).Of("epidural-steroid-injection");

        a.Status.ShouldBe(CandidateStatus.NotCandidate);
        a.Decisive.Select(d => d.Criterion.Id).ShouldBe(["epidural-steroid-injection/infection", "epidural-steroid-injection/anticoagulant-therapy"]);
    }

    [Fact]
    public void Pild_CoagulopathyNoSourceAddresses_IsUndeterminedNamingTheFlag()
    {
        const string Case = """
            "id": "t", "age": 65, "sex": "male", "painDurationMonths": 12, "painType": "radicular",
            "conditions": ["lumbar-spinal-stenosis", "ligamentum-flavum-hypertrophy", "neurogenic-claudication"],
            "findings": { "ligamentumFlavumMm": 4, "spondylolisthesisGrade": 0 },
            "flags": { "activeInfection": false, "coagulopathy": false, "immunocompromised": false }
            """;
        Evaluate(Case).Of("pild").Status.ShouldBe(CandidateStatus.Candidate);

        var a = Evaluate(Case.Replace("\"coagulopathy\": false", "\"coagulopathy\": true", StringComparison.Ordinal)).Of("pild");

        a.Status.ShouldBe(CandidateStatus.Undetermined);
        a.SafetyFlagsNotAddressed.ShouldBe(["coagulopathy"]);
        a.SafetyNote.ShouldBe("flags.coagulopathy is recorded: no source in the knowledge states whether this contraindicates the procedure");
    }

    [Theory]
    [InlineData("lumbar-rfa", "lumbar-rfa/failed-non-surgical-treatment")]
    [InlineData("idds", "idds/failed-less-invasive-therapies")]
    [InlineData("vertebral-augmentation", "vertebral-augmentation/pain-despite-optimal-management")]
    [InlineData("multifidus-stimulation", "multifidus-stimulation/reactiv8-b-refractory")]
    [InlineData("epidural-steroid-injection", "epidural-steroid-injection/aetna-initial-tfesi")]
    public void CareNotTolerated_CountsAsFailedInEveryCriterion(string intervention, string criterion)
    {
        var a = Evaluate("""
            "id": "t", "age": 70, "painDurationMonths": 6, "painType": "radicular", "conditions": ["low-back-pain"],
            "history": [ { "intervention": "conservative-care", "months": 6, "outcome": "not-tolerated" } ],
            "flags": { "imagingConcordant": true }
            """).Of(intervention);

        ResultOf(a, criterion).ShouldBe(Truth.Met);
    }

    [Theory]
    [InlineData(24, 4, Truth.NotMet)]
    [InlineData(1, 20, Truth.Met)]
    public void VertosV_ChronicWindow_IsTheFracturesAgeNotThePainsDuration(double painMonths, double fractureWeeks, Truth expected)
    {
        var a = Evaluate($$"""
            "id": "t", "age": 75, "painDurationMonths": {{painMonths}}, "conditions": ["vertebral-compression-fracture"],
            "findings": { "fractureAgeWeeks": {{fractureWeeks}} }, "flags": { "boneOedemaOnMri": true }
            """).Of("vertebral-augmentation");

        ResultOf(a, "vertebral-augmentation/vertos-v-chronic-with-oedema").ShouldBe(expected);
    }
}
