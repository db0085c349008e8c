using Spinewise.Domain.Decisions;
using Spinewise.Domain.Eligibility;
using Spinewise.Knowledge;
using Spinewise.Testing;

namespace Spinewise.Domain.Tests.Decisions;

/// <summary>The three-valued evaluation of criteria and statuses, on a criteria file written for the test.</summary>
public sealed class CriteriaEvaluationTests : IDisposable
{
    private const string Criteria = """
        kind: criteria
        intervention: prolotherapy
        criteria:
          - id: prolotherapy/facet-pain-3-months
            role: indication
            basis: guideline
            statement: "chronic facet-mediated pain"
            test: { allOf: [ { condition: facet-joint-pain }, { fact: painDurationMonths, atLeast: 3 } ] }
            source: { document: clinical-evidence, section: "test", verification: verified }
          - id: prolotherapy/positive-block
            role: prerequisite
            basis: guideline
            statement: "a block with at least 50% relief within 6 months"
            test: { history: medial-branch-block, minReliefPercent: 50, withinMonths: 6 }
            source: { document: clinical-evidence, section: "test", verification: verified }
          - id: prolotherapy/infection
            role: contraindication
            basis: guideline
            statement: "active infection"
            test: { flag: activeInfection }
            source: { document: clinical-evidence, section: "test", verification: verified }
          - id: prolotherapy/pregnancy
            role: contraindication
            basis: trial-eligibility
            statement: "pregnancy"
            test: { flag: pregnancy }
            source: { document: clinical-evidence, section: "test", verification: verified }
          - id: prolotherapy/odi-31
            role: eligibility
            basis: trial-eligibility
            statement: "ODI at least 31"
            test: { fact: findings.odi, atLeast: 31 }
            source: { document: clinical-evidence, section: "test", verification: verified }
        """;

    private const string Complete = """
        "id": "t", "sex": "female", "painDurationMonths": 5, "conditions": ["facet-joint-pain"],
        "history": [ { "intervention": "medial-branch-block", "date": "2026-10-01", "reliefPercent": 80 } ],
        "flags": { "activeInfection": false, "pregnancy": false }
        """;

    private readonly TempKnowledge _knowledge = new TempKnowledge().Write("criteria/prolotherapy.yaml", Criteria);
    private readonly DecisionEngine _engine;

    public CriteriaEvaluationTests()
    {
        var loaded = KnowledgeLoader.Load(_knowledge.Directory);
        _engine = DecisionEngine.Compile(loaded.IsSuccess ? loaded.Value : throw new InvalidOperationException(string.Join("\n", loaded.Diagnostics)));
    }

    public void Dispose() => _knowledge.Dispose();

    private InterventionAssessment Assess(string json) => TestCases.Evaluate(_engine, "{" + json + "}").Of("prolotherapy");

    private static Truth ResultOf(InterventionAssessment a, string criterion) => a.Criteria.Single(c => c.Criterion.Id == criterion).Result;

    [Fact]
    public void Evaluate_EveryRequiredMetNoContraindication_IsCandidate()
    {
        var a = Assess(Complete);

        a.Status.ShouldBe(CandidateStatus.Candidate);
        a.Decisive.ShouldBeEmpty();
    }

    [Fact]
    public void Evaluate_ContraindicationMet_IsNotCandidateBecauseOfIt()
    {
        var a = Assess(Complete.Replace("\"activeInfection\": false", "\"activeInfection\": true", StringComparison.Ordinal));

        a.Status.ShouldBe(CandidateStatus.NotCandidate);
        a.Decisive.Select(d => d.Criterion.Id).ShouldBe(["prolotherapy/infection"]);
    }

    [Theory]
    [InlineData("\"reliefPercent\": 80", "\"reliefPercent\": 30")]
    [InlineData("\"date\": \"2026-10-01\"", "\"date\": \"2026-03-01\"")]
    [InlineData("\"painDurationMonths\": 5", "\"painDurationMonths\": 2")]
    [InlineData("\"conditions\": [\"facet-joint-pain\"]", "\"ruledOut\": [\"low-back-pain\"]")]
    public void Evaluate_RequiredCriterionNotMet_IsNotCandidate(string from, string to)
    {
        Assess(Complete.Replace(from, to, StringComparison.Ordinal)).Status.ShouldBe(CandidateStatus.NotCandidate);
    }

    [Fact]
    public void Evaluate_BlockNotRecorded_IsUndeterminedAndAsksForIt()
    {
        var json = Complete.Replace("\"history\": [ { \"intervention\": \"medial-branch-block\", \"date\": \"2026-10-01\", \"reliefPercent\": 80 } ],", string.Empty, StringComparison.Ordinal);
        var report = TestCases.Evaluate(_engine, "{" + json + "}");
        var a = report.Of("prolotherapy");

        a.Status.ShouldBe(CandidateStatus.Undetermined);
        a.Decisive.Select(d => d.Criterion.Id).ShouldBe(["prolotherapy/positive-block"]);
        var question = report.AskNext.Single(q => q.Key == "history.medial-branch-block");
        question.Affects.ShouldContain(new Vocabulary.InterventionId("prolotherapy"));
        question.Criteria.ShouldContain("prolotherapy/positive-block");
        question.Question.ShouldContain("with how much relief");
    }

    [Fact]
    public void Evaluate_BlockKnownNeverDone_IsNotMet()
    {
        var json = Complete.Replace("\"history\": [ { \"intervention\": \"medial-branch-block\", \"date\": \"2026-10-01\", \"reliefPercent\": 80 } ],", "\"notDone\": [\"medial-branch-block\"],", StringComparison.Ordinal);

        ResultOf(Assess(json), "prolotherapy/positive-block").ShouldBe(Truth.NotMet);
    }

    [Fact]
    public void Evaluate_BlockWithoutDate_LeavesWithinUnknown()
    {
        var a = Assess(Complete.Replace("\"date\": \"2026-10-01\", ", string.Empty, StringComparison.Ordinal));

        ResultOf(a, "prolotherapy/positive-block").ShouldBe(Truth.Unknown);
        a.Status.ShouldBe(CandidateStatus.Undetermined);
    }

    [Fact]
    public void Evaluate_MaleWithPregnancyUnrecorded_IsNotPregnant()
    {
        var a = Assess(Complete.Replace("\"female\"", "\"male\"", StringComparison.Ordinal).Replace(", \"pregnancy\": false", string.Empty, StringComparison.Ordinal));

        ResultOf(a, "prolotherapy/pregnancy").ShouldBe(Truth.NotMet);
        a.Status.ShouldBe(CandidateStatus.Candidate);
    }

    [Fact]
    public void Evaluate_FemaleWithPregnancyUnrecorded_IsUndetermined()
    {
        var a = Assess(Complete.Replace(", \"pregnancy\": false", string.Empty, StringComparison.Ordinal));

        ResultOf(a, "prolotherapy/pregnancy").ShouldBe(Truth.Unknown);
        a.Status.ShouldBe(CandidateStatus.Undetermined);
    }

    [Fact]
    public void Evaluate_EligibilityNotMet_DoesNotChangeTheStatus()
    {
        var a = Assess(Complete + ", \"findings\": { \"odi\": 20 }");

        ResultOf(a, "prolotherapy/odi-31").ShouldBe(Truth.NotMet);
        a.Status.ShouldBe(CandidateStatus.Candidate);
    }

    [Fact]
    public void Evaluate_BroaderConditionRuledOut_RulesOutTheNarrowerOne()
    {
        var a = Assess("\"id\": \"t\", \"ruledOut\": [\"low-back-pain\"]");

        ResultOf(a, "prolotherapy/facet-pain-3-months").ShouldBe(Truth.NotMet);
    }

    [Theory]
    [InlineData("coagulopathy")]
    [InlineData("immunocompromised")]
    public void Evaluate_SafetyFlagNoCriterionTests_IsUndeterminedNamingIt(string flag)
    {
        var a = Assess(Complete.Replace("\"pregnancy\": false", $"\"pregnancy\": false, \"{flag}\": true", StringComparison.Ordinal));

        a.Status.ShouldBe(CandidateStatus.Undetermined);
        a.Decisive.ShouldBeEmpty();
        a.SafetyFlagsNotAddressed.ShouldBe([flag]);
        a.SafetyNote!.ShouldContain("no source in the knowledge states whether this contraindicates the procedure");
    }

    [Fact]
    public void Evaluate_OtherFlagNoCriterionTests_StaysCandidate()
    {
        var a = Assess(Complete.Replace("\"pregnancy\": false", "\"pregnancy\": false, \"pacemakerOrIcd\": true", StringComparison.Ordinal));

        a.Status.ShouldBe(CandidateStatus.Candidate);
        a.FlagsNotAddressed.ShouldBe(["pacemakerOrIcd"]);
        a.SafetyFlagsNotAddressed.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("", CandidateStatus.Candidate)]
    [InlineData(", \"coagulopathy\": true", CandidateStatus.Undetermined)]
    public void EvaluateInto_AfterWarmUp_AllocatesNothing(string moreFlags, CandidateStatus expected)
    {
        var json = "{" + Complete.Replace("\"pregnancy\": false", "\"pregnancy\": false" + moreFlags, StringComparison.Ordinal) + ", \"findings\": { \"odi\": 40 } }";
        var patient = TestCases.Parse(_engine.Knowledge, json);
        var scratch = _engine.CreateScratch();
        _engine.EvaluateInto(patient, TestCases.Today, scratch);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            _engine.EvaluateInto(patient, TestCases.Today, scratch);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0);
        scratch.StatusAt(_engine.Interventions.ToList().IndexOf(new Vocabulary.InterventionId("prolotherapy"))).ShouldBe(expected);
    }
}
