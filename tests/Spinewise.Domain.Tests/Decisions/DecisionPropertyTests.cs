using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Eligibility;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Tests.Decisions;

/// <summary>Properties of the decision engine over generated cases on the shipped knowledge.</summary>
public sealed class DecisionPropertyTests
{
    private static readonly DecisionEngine Engine = TestCases.ShippedEngine;

    /// <summary>
    /// Adding information never changes a known criterion result or a known applicability, never changes a
    /// not-candidate status, and never changes a candidate status — with one exception the safety rule requires (ADR
    /// 004): a candidate becomes undetermined when the added information records as true a safety flag (active
    /// infection, coagulopathy, pregnancy, immunocompromise) that none of the intervention's criteria tests.
    /// </summary>
    [Property(MaxTest = 1000)]
    public Property AddingInformation_NeverUndoesAnAnswer() =>
        Prop.ForAll(CaseGenerators.CaseWithMore(Engine.Knowledge).ToArbitrary(), pair =>
        {
            var (less, more) = pair;
            var a = Engine.Evaluate(less, TestCases.Today);
            var b = Engine.Evaluate(more, TestCases.Today);
            for (var i = 0; i < a.Interventions.Count; i++)
            {
                var (x, y) = (a.Interventions[i], b.Interventions[i]);
                for (var c = 0; c < x.Criteria.Count; c++)
                {
                    if (x.Criteria[c].Result != Truth.Unknown && y.Criteria[c].Result != x.Criteria[c].Result)
                    {
                        return false; // a met (or not met) criterion turned into something else
                    }
                }

                if (x.Status == CandidateStatus.NotCandidate && y.Status != x.Status)
                {
                    return false;
                }

                if (x.Status == CandidateStatus.Candidate && y.Status != x.Status
                    && !(y.Status == CandidateStatus.Undetermined && y.SafetyFlagsNotAddressed.Except(x.SafetyFlagsNotAddressed).Any()))
                {
                    return false; // only a newly recorded, unaddressed safety flag may hold a candidate back
                }

                for (var r = 0; r < x.Recommendations.Count; r++)
                {
                    if (x.Recommendations[r].Applies != Applicability.Unknown && y.Recommendations[r].Applies != x.Recommendations[r].Applies)
                    {
                        return false;
                    }
                }
            }

            return true;
        });

    [Property(MaxTest = 100)]
    public Property Evaluation_IsDeterministic() =>
        Prop.ForAll(CaseGenerators.Case(Engine.Knowledge).ToArbitrary(), patient =>
        {
            var first = Signature(Engine.Evaluate(patient, TestCases.Today));
            var again = Signature(Engine.Evaluate(patient, TestCases.Today));
            var fresh = Signature(DecisionEngine.Compile(Engine.Knowledge).Evaluate(patient, TestCases.Today));
            return first == again && first == fresh;
        });

    [Fact]
    public void EmptyCase_HasNoCandidateAndSomethingToAsk()
    {
        var report = Engine.Evaluate(PatientCase.Empty("empty", Engine.Knowledge.Version), TestCases.Today);

        report.Interventions.ShouldNotContain(a => a.Status == CandidateStatus.Candidate);
        report.Interventions.ShouldContain(a => a.Status == CandidateStatus.Undetermined);
        report.AskNext.ShouldNotBeEmpty();
        report.AskNext.ShouldAllBe(q => q.Affects.Count > 0 || q.Applicability.Count > 0);
    }

    private static string Signature(DecisionReport report) => string.Join("|", report.Interventions.Select(a =>
        $"{a.Intervention.Id}:{a.Status}:{string.Concat(a.Criteria.Select(c => (int)c.Result))}:{string.Concat(a.Recommendations.Select(r => (int)r.Applies))}:{a.Conflicts.Count}"))
        + "#" + string.Join(",", report.AskNext.Select(q => $"{q.Key}={q.Affects.Count}/{q.Applicability.Count}"));
}
