using System.Runtime.CompilerServices;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Eligibility;

namespace Spinewise.Domain.Decisions.Internal;

/// <summary>
/// Marks, per unknown question, the undetermined interventions whose status it bears on (unknown leaves of their
/// unknown required criteria and contraindications) and the interventions with a recommendation whose applicability it
/// bears on, as per-question plan bit sets in the scratch.
/// </summary>
internal static class QuestionCounter
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Count(DecisionEngine engine, EvaluationScratch s)
    {
        Array.Clear(s.StatusPlans);
        Array.Clear(s.ApplicabilityPlans);
        for (var p = 0; p < engine.Plans.Length; p++)
        {
            var plan = engine.Plans[p];
            if (s.Status[p] == CandidateStatus.Undetermined)
            {
                foreach (var c in plan.Criteria)
                {
                    if (c.Criterion.Role != CriterionRole.Eligibility)
                    {
                        MarkUnknownLeaves(engine, s, c.Root, p);
                    }
                }
            }

            foreach (var (_, recommendation) in plan.Positions)
            {
                if (s.Applies[recommendation] == Truth.Unknown)
                {
                    MarkApplicability(engine, engine.Specs[recommendation], s, p);
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MarkUnknownLeaves(DecisionEngine engine, EvaluationScratch s, int node, int plan)
    {
        if (s.NodeResults[node] != Truth.Unknown)
        {
            return;
        }

        ref readonly var n = ref engine.Nodes[node];
        if (n.IsLeaf)
        {
            Bits.Set(s.StatusPlans, (n.Question * s.PlanWords * 64) + plan);
            return;
        }

        for (var c = n.ChildStart; c < n.ChildStart + n.ChildCount; c++)
        {
            MarkUnknownLeaves(engine, s, engine.Children[c], plan);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MarkApplicability(DecisionEngine engine, ApplicabilitySpec spec, EvaluationScratch s, int plan)
    {
        if ((spec.PainRestriction == 0 && s.PainAxial == Truth.Unknown) || (spec.PainRestriction == 1 && s.PainRadicular == Truth.Unknown))
        {
            Stamp(s, spec.PainQuestion, plan);
        }

        if (!double.IsNaN(spec.MinimumDurationMonths) && double.IsNaN(s.Numbers[engine.Facts.NumberSlot(CaseFacts.PainDurationMonths)]))
        {
            Stamp(s, spec.DurationQuestion, plan);
        }

        for (var i = 0; i < spec.Exclusions.Length; i++)
        {
            if (!spec.Exclusions[i].Unverified && CaseEvaluator.ConditionTruth(s, spec.Exclusions[i].Condition) == Truth.Unknown)
            {
                Stamp(s, spec.ExclusionQuestions[i], plan);
            }
        }

        var anyPresent = false;
        for (var i = 0; i < spec.Conditions.Length; i++)
        {
            anyPresent |= CaseEvaluator.ConditionTruth(s, spec.Conditions[i]) == Truth.Met;
        }

        for (var i = 0; i < spec.Conditions.Length && !anyPresent; i++)
        {
            if (CaseEvaluator.ConditionTruth(s, spec.Conditions[i]) == Truth.Unknown)
            {
                Stamp(s, spec.ConditionQuestions[i], plan);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Stamp(EvaluationScratch s, int question, int plan) =>
        Bits.Set(s.ApplicabilityPlans, (question * s.PlanWords * 64) + plan);
}
