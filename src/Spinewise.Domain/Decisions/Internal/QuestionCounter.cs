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
                        var marker = new StatusMarker(s, p);
                        UnknownLeaves.Visit(engine, s, c.Root, ref marker);
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

    /// <summary>Marks the plan in the status bit set of every question it visits.</summary>
    private readonly struct StatusMarker(EvaluationScratch s, int plan) : IQuestionVisitor
    {
        public void Question(int question) => Bits.Set(s.StatusPlans, (question * s.PlanWords * 64) + plan);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MarkApplicability(DecisionEngine engine, ApplicabilitySpec spec, EvaluationScratch s, int plan)
    {
        var sink = new QuestionSink(spec, CaseView.Of(engine, s), s, plan);
        ApplicabilityRules.Evaluate(spec, sink.View, ref sink);
    }

    /// <summary>Stamps the question of each unknown factor (for the named conditions, of each unknown one).</summary>
    private readonly struct QuestionSink(ApplicabilitySpec spec, CaseView view, EvaluationScratch s, int plan) : IFactorSink
    {
        public CaseView View => view;

        public void Factor(ApplicabilityFactor factor, int index, Truth truth)
        {
            if (truth != Truth.Unknown)
            {
                return;
            }

            switch (factor)
            {
                case ApplicabilityFactor.Pain:
                    Stamp(s, spec.PainQuestion, plan);
                    break;
                case ApplicabilityFactor.MinimumDuration:
                    Stamp(s, spec.DurationQuestion, plan);
                    break;
                case ApplicabilityFactor.NamedDuration when double.IsNaN(view.Duration) && !double.IsNaN(spec.ChronicFromMonths):
                    Stamp(s, spec.DurationQuestion, plan); // only a recorded duration can decide it (not one between the limits)
                    break;
                case ApplicabilityFactor.Age:
                    Stamp(s, spec.AgeQuestion, plan);
                    break;
                case ApplicabilityFactor.Exclusion:
                    Stamp(s, spec.ExclusionQuestions[index], plan);
                    break;
                case ApplicabilityFactor.StatementExclusion:
                    Stamp(s, spec.StatementExclusionQuestions[index], plan);
                    break;
                case ApplicabilityFactor.Conditions:
                    for (var i = 0; i < spec.Conditions.Length; i++)
                    {
                        if (view.Condition(spec.Conditions[i]) == Truth.Unknown)
                        {
                            Stamp(s, spec.ConditionQuestions[i], plan);
                        }
                    }

                    break;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Stamp(EvaluationScratch s, int question, int plan) =>
        Bits.Set(s.ApplicabilityPlans, (question * s.PlanWords * 64) + plan);
}
