using System.Runtime.CompilerServices;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Eligibility;

namespace Spinewise.Domain.Decisions.Internal;

/// <summary>The allocation-free evaluation of one case into a scratch: facts, criteria, statuses, applicability, question counts.</summary>
internal static class CaseEvaluator
{
    private const double DaysPerMonth = 365.25 / 12;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Evaluate(DecisionEngine engine, PatientCase patient, DateOnly asOf, EvaluationScratch s)
    {
        CaseFactsLoader.Load(engine, patient, asOf, s);
        EvaluateNodes(engine, s);
        var recordedTrue = RecordedTrue(s.Flags);
        for (var p = 0; p < engine.Plans.Length; p++)
        {
            s.Status[p] = StatusOf(engine.Plans[p], s, recordedTrue);
        }

        var view = CaseView.Of(engine, s);
        var verdict = default(ApplicabilityRules.Verdict);
        for (var r = 0; r < engine.Specs.Length; r++)
        {
            s.Applies[r] = ApplicabilityRules.Evaluate(engine.Specs[r], view, ref verdict);
        }

        QuestionCounter.Count(engine, s);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Truth ConditionTruth(EvaluationScratch s, int condition) =>
        Bits.Has(s.Present, condition) ? Truth.Met : Bits.Has(s.RuledOut, condition) ? Truth.NotMet : Truth.Unknown;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void EvaluateNodes(DecisionEngine engine, EvaluationScratch s)
    {
        var nodes = engine.Nodes;
        var children = engine.Children;
        var results = s.NodeResults;
        for (var i = 0; i < nodes.Length; i++)
        {
            ref readonly var node = ref nodes[i];
            results[i] = node.Op switch
            {
                Op.Condition => ConditionTruth(s, node.Arg),
                Op.PainAxial => s.PainAxial,
                Op.PainRadicular => s.PainRadicular,
                Op.Number => double.IsNaN(s.Numbers[node.Arg]) ? Truth.Unknown : TruthLogic.From(Passes(node, s.Numbers[node.Arg])),
                Op.Flag => s.Flags[node.Arg],
                Op.History => HistoryTruth(engine.History[node.Arg], s),
                Op.Not => TruthLogic.Not(results[children[node.ChildStart]]),
                _ => Fold(node, children, results),
            };
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Truth Fold(in Node node, int[] children, Truth[] results)
    {
        var all = node.Op == Op.AllOf;
        var value = all ? Truth.Met : Truth.NotMet;
        for (var c = node.ChildStart; c < node.ChildStart + node.ChildCount; c++)
        {
            value = all ? TruthLogic.And(value, results[children[c]]) : TruthLogic.Or(value, results[children[c]]);
        }

        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Passes(in Node node, double value) => node.Comparison switch
    {
        NumericComparison.AtLeast => value >= node.Value,
        NumericComparison.AtMost => value <= node.Value,
        NumericComparison.Above => value > node.Value,
        NumericComparison.Below => value < node.Value,
        _ => value >= node.Value && value <= node.Upper,
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Truth HistoryTruth(in HistorySpec spec, EvaluationScratch s)
    {
        if (Bits.Has(s.NotDone, spec.Intervention))
        {
            return Truth.NotMet;
        }

        if (!Bits.Has(s.Listed, spec.Intervention))
        {
            return Truth.Unknown;
        }

        var history = s.Case!.History;
        var result = Truth.NotMet;
        for (var i = 0; i < history.Count; i++)
        {
            if (s.HistoryIntervention[i] != spec.Intervention)
            {
                continue;
            }

            var entry = history[i];
            var t = Truth.Met;
            if (spec.Outcome is { } outcome)
            {
                t = TruthLogic.And(t, entry.Outcome is { } o ? TruthLogic.From(OutcomeMatches(o, outcome)) : Truth.Unknown);
            }

            if (!double.IsNaN(spec.MinMonths))
            {
                t = TruthLogic.And(t, entry.Months is { } m ? TruthLogic.From(m >= spec.MinMonths) : Truth.Unknown);
            }

            if (!double.IsNaN(spec.MinRelief))
            {
                t = TruthLogic.And(t, entry.ReliefPercent is { } r ? TruthLogic.From(r >= spec.MinRelief) : Truth.Unknown);
            }

            if (!double.IsNaN(spec.WithinMonths))
            {
                t = TruthLogic.And(t, entry.Date is { } d ? TruthLogic.From(s.AsOf.DayNumber - d.DayNumber <= spec.WithinMonths * DaysPerMonth) : Truth.Unknown);
            }

            result = TruthLogic.Or(result, t);
        }

        return result;
    }

    /// <summary>
    /// Whether a recorded outcome satisfies the outcome a criterion asks for: the same word, except that care that could
    /// not be tolerated is a failed trial of that care wherever a criterion asks for <c>failed</c> (one rule for every
    /// criterion; docs/knowledge.md).
    /// </summary>
    /// <param name="recorded">The case's outcome.</param>
    /// <param name="asked">The criterion's outcome.</param>
    public static bool OutcomeMatches(HistoryOutcome recorded, HistoryOutcome asked) =>
        recorded == asked || (asked == HistoryOutcome.Failed && recorded == HistoryOutcome.NotTolerated);

    /// <summary>The bit set of the flag slots the case records as true.</summary>
    /// <param name="flags">The case's flags by slot.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ulong RecordedTrue(Truth[] flags)
    {
        var set = 0UL;
        for (var f = 0; f < flags.Length; f++)
        {
            set |= flags[f] == Truth.Met ? 1UL << f : 0;
        }

        return set;
    }

    /// <summary>
    /// Not a candidate when a contraindication is met or a required criterion is not; a candidate when every required
    /// criterion is met, no contraindication is met or unknown, and no safety flag recorded as true goes untested by
    /// the intervention's criteria; otherwise undetermined.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static CandidateStatus StatusOf(InterventionPlan plan, EvaluationScratch s, ulong recordedTrue)
    {
        if (!plan.HasCriteria)
        {
            return CandidateStatus.NotAddressed;
        }

        var required = Truth.Met;
        var contra = Truth.NotMet;
        foreach (var c in plan.Criteria)
        {
            var result = s.NodeResults[c.Root];
            if (c.Criterion.IsRequired)
            {
                required = TruthLogic.And(required, result);
            }
            else if (c.Criterion.Role == CriterionRole.Contraindication)
            {
                contra = TruthLogic.Or(contra, result);
            }
        }

        return contra == Truth.Met || required == Truth.NotMet ? CandidateStatus.NotCandidate
            : required == Truth.Met && contra == Truth.NotMet && (recordedTrue & plan.UntestedSafetyFlags) == 0 ? CandidateStatus.Candidate
            : CandidateStatus.Undetermined;
    }
}
