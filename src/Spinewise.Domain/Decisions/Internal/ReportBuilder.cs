using System.Runtime.CompilerServices;
using System.Numerics;
using Spinewise.Domain.Eligibility;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Decisions.Internal;

/// <summary>Builds the report of a case from an evaluated scratch; "why" texts are made when first read.</summary>
internal static class ReportBuilder
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static DecisionReport Build(DecisionEngine engine, EvaluationScratch s)
    {
        var why = new WhyContext(engine, s);
        var recordedTrue = CaseEvaluator.RecordedTrue(s.Flags);

        var assessments = new InterventionAssessment[engine.Plans.Length];
        for (var p = 0; p < engine.Plans.Length; p++)
        {
            assessments[p] = Assessment(engine, s, p, why, recordedTrue);
        }

        return new DecisionReport(engine.Knowledge.Version, s.Case!.Id, s.AsOf, assessments, AskNext(engine, s));
    }

    /// <summary>The assessment of the intervention at plan <paramref name="p"/> of an evaluated scratch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static InterventionAssessment Assessment(DecisionEngine engine, EvaluationScratch s, int p, WhyContext why, ulong recordedTrue)
    {
        var plan = engine.Plans[p];
        var status = s.Status[p];
        var criteria = new CriterionOutcome[plan.Criteria.Length];
        for (var c = 0; c < criteria.Length; c++)
        {
            criteria[c] = new CriterionOutcome(plan.Criteria[c].Criterion, s.NodeResults[plan.Criteria[c].Root]);
        }

        var recommendations = new RecommendationFit[plan.Positions.Length];
        for (var r = 0; r < recommendations.Length; r++)
        {
            var (position, index) = plan.Positions[r];
            recommendations[r] = new RecommendationFit(position, ToApplicability(s.Applies[index]), why, index);
        }

        return new InterventionAssessment(plan.Intervention, status, Decisive(status, criteria), criteria, recommendations,
            plan.NotAddressedBy, Conflicts(plan, s), FlagKeys(plan.HasCriteria ? recordedTrue & ~plan.TestedFlags : 0),
            FlagKeys(recordedTrue & plan.UntestedSafetyFlags));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static CriterionOutcome[] Decisive(CandidateStatus status, CriterionOutcome[] criteria)
    {
        if (status is not (CandidateStatus.NotCandidate or CandidateStatus.Undetermined))
        {
            return [];
        }

        var count = 0;
        foreach (var c in criteria)
        {
            count += IsDecisive(status, c) ? 1 : 0;
        }

        var decisive = new CriterionOutcome[count];
        var k = 0;
        foreach (var c in criteria)
        {
            if (IsDecisive(status, c))
            {
                decisive[k++] = c;
            }
        }

        return decisive;
    }

    private static bool IsDecisive(CandidateStatus status, CriterionOutcome c) => status == CandidateStatus.NotCandidate
        ? (c.Criterion.IsRequired && c.Result == Truth.NotMet) || (c.Criterion.Role == CriterionRole.Contraindication && c.Result == Truth.Met)
        : c.Criterion.Role != CriterionRole.Eligibility && c.Result == Truth.Unknown;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static CaseConflict[] Conflicts(InterventionPlan plan, EvaluationScratch s)
    {
        List<CaseConflict>? result = null;
        if (s.PainAxial != Truth.NotMet)
        {
            Add(plan.AxialConflicts, s, ref result);
        }

        if (s.PainRadicular != Truth.NotMet)
        {
            Add(plan.RadicularConflicts, s, ref result);
        }

        return result is null ? [] : [.. result];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Add((Conflicts.Conflict Conflict, int[] First, int[] Second)[] conflicts, EvaluationScratch s, ref List<CaseConflict>? result)
    {
        foreach (var (conflict, first, second) in conflicts)
        {
            var applies = TruthLogic.And(Any(first, s), Any(second, s));
            if (applies != Truth.NotMet)
            {
                (result ??= []).Add(new CaseConflict(conflict, ToApplicability(applies)));
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Truth Any(int[] recommendations, EvaluationScratch s)
    {
        var any = Truth.NotMet;
        foreach (var r in recommendations)
        {
            any = TruthLogic.Or(any, s.Applies[r]);
        }

        return any;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string[] FlagKeys(ulong untested)
    {
        if (untested == 0)
        {
            return [];
        }

        var result = new string[BitOperations.PopCount(untested)];
        var k = 0;
        for (var f = 0; untested != 0; f++, untested >>= 1)
        {
            if ((untested & 1) != 0)
            {
                result[k++] = Cases.CaseFacts.Flags[f].Key;
            }
        }

        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static AskNextQuestion[] AskNext(DecisionEngine engine, EvaluationScratch s)
    {
        var words = s.PlanWords;
        var shares = QuestionRanking.Shares(engine, s, engine.QuestionKeys.Length);
        var asked = new List<(int Question, byte Group, double Share, int Status, int Applicability)>(engine.QuestionKeys.Length);
        for (var q = 0; q < engine.QuestionKeys.Length; q++)
        {
            var (status, applicability) = (Count(s.StatusPlans, q, words), Count(s.ApplicabilityPlans, q, words));
            if (status + applicability > 0)
            {
                asked.Add((q, QuestionRanking.GroupFor(engine.QuestionGroups[q], shares[q]), shares[q], status, applicability));
            }
        }

        if (asked.Count == 0)
        {
            return [];
        }

        asked.Sort((a, b) => a.Group != b.Group ? a.Group.CompareTo(b.Group)
            : a.Share != b.Share ? b.Share.CompareTo(a.Share)
            : a.Status != b.Status ? b.Status.CompareTo(a.Status)
            : a.Applicability != b.Applicability ? b.Applicability.CompareTo(a.Applicability)
            : a.Question.CompareTo(b.Question));
        var criteria = CriteriaByQuestion(engine, s);
        var result = new AskNextQuestion[asked.Count];
        for (var i = 0; i < asked.Count; i++)
        {
            var q = asked[i].Question;
            var listed = engine.QuestionInterventions[q] >= 0 && Bits.Has(s.Listed, engine.QuestionInterventions[q]);
            var text = listed && engine.QuestionTextsWhenListed[q] is { } whenListed ? whenListed : engine.QuestionTexts[q];
            result[i] = new AskNextQuestion(engine.QuestionKeys[q], text, Plans(engine, s.StatusPlans, q, words),
                Plans(engine, s.ApplicabilityPlans, q, words), criteria[q] is { } ids ? ids : []);
        }

        return result;
    }

    /// <summary>The ids of the (non-eligibility) criteria of undetermined interventions in which each unknown question appears.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<string>?[] CriteriaByQuestion(DecisionEngine engine, EvaluationScratch s)
    {
        var result = new List<string>?[engine.QuestionKeys.Length];
        var leaves = new List<int>();
        for (var p = 0; p < engine.Plans.Length; p++)
        {
            if (s.Status[p] != CandidateStatus.Undetermined)
            {
                continue;
            }

            foreach (var c in engine.Plans[p].Criteria)
            {
                if (c.Criterion.Role == CriterionRole.Eligibility || s.NodeResults[c.Root] != Truth.Unknown)
                {
                    continue;
                }

                leaves.Clear();
                var collect = new QuestionList(leaves);
                UnknownLeaves.Visit(engine, s, c.Root, ref collect);
                foreach (var q in leaves)
                {
                    var ids = result[q] ??= [];

                    if (ids.Count == 0 || ids[^1] != c.Criterion.Id)
                    {
                        ids.Add(c.Criterion.Id);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>Collects the questions it visits.</summary>
    private readonly struct QuestionList(List<int> questions) : IQuestionVisitor
    {
        public void Question(int question) => questions.Add(question);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Count(ulong[] sets, int question, int words)
    {
        var count = 0;
        for (var w = 0; w < words; w++)
        {
            count += BitOperations.PopCount(sets[(question * words) + w]);
        }

        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static InterventionId[] Plans(DecisionEngine engine, ulong[] sets, int question, int words)
    {
        var count = Count(sets, question, words);
        if (count == 0)
        {
            return [];
        }

        var result = new InterventionId[count];
        var k = 0;
        for (var p = 0; p < engine.Plans.Length; p++)
        {
            if (Bits.Has(sets, (question * words * 64) + p))
            {
                result[k++] = engine.Plans[p].Intervention.Id;
            }
        }

        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Applicability ToApplicability(Truth truth) => truth switch
    {
        Truth.Met => Applicability.Yes,
        Truth.NotMet => Applicability.No,
        _ => Applicability.Unknown,
    };
}
