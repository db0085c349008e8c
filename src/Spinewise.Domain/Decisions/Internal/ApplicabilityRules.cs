using Spinewise.Domain.Eligibility;
using Spinewise.Domain.Grading;

namespace Spinewise.Domain.Decisions.Internal;

/// <summary>
/// The one definition of whether a recommendation applies to a case: the Kleene conjunction of its factors, each passed
/// to a sink as well, so that the verdict, the questions it waits on and its "why" come from the same rules.
/// </summary>
internal static class ApplicabilityRules
{
    public static Truth Evaluate<TSink>(ApplicabilitySpec spec, in CaseView c, ref TSink sink)
        where TSink : struct, IFactorSink
    {
        var t = Truth.Met;
        if (spec.PainRestriction >= 0)
        {
            t = Add(t, ApplicabilityFactor.Pain, 0, spec.PainRestriction switch { 0 => c.PainAxial, 1 => c.PainRadicular, _ => Truth.NotMet }, ref sink);
        }

        if (!double.IsNaN(spec.MinimumDurationMonths))
        {
            t = Add(t, ApplicabilityFactor.MinimumDuration, 0, double.IsNaN(c.Duration) ? Truth.Unknown : TruthLogic.From(c.Duration >= spec.MinimumDurationMonths), ref sink);
        }

        if (spec.Duration is { } named)
        {
            // "acute" or "chronic" decides only against the cutoff the guideline's own population gives; else unknown
            var truth = double.IsNaN(spec.MinimumDurationMonths) || double.IsNaN(c.Duration) ? Truth.Unknown
                : TruthLogic.From(named == PainDuration.Acute ? c.Duration < spec.MinimumDurationMonths : c.Duration >= spec.MinimumDurationMonths);
            t = Add(t, ApplicabilityFactor.NamedDuration, 0, truth, ref sink);
        }

        for (var i = 0; i < spec.Exclusions.Length; i++)
        {
            var present = c.Condition(spec.Exclusions[i].Condition);
            if (!spec.Exclusions[i].Unverified)
            {
                t = Add(t, ApplicabilityFactor.Exclusion, i, TruthLogic.Not(present), ref sink);
            }
            else if (present == Truth.Met)
            {
                sink.Factor(ApplicabilityFactor.UnverifiedExclusion, i, Truth.Met); // noted only: it never decides
            }
        }

        if (spec.Conditions.Length > 0)
        {
            var any = Truth.NotMet;
            foreach (var condition in spec.Conditions)
            {
                any = TruthLogic.Or(any, c.Condition(condition));
            }

            t = Add(t, ApplicabilityFactor.Conditions, 0, any, ref sink);
        }

        return t;
    }

    private static Truth Add<TSink>(Truth t, ApplicabilityFactor factor, int index, Truth truth, ref TSink sink)
        where TSink : struct, IFactorSink
    {
        sink.Factor(factor, index, truth);
        return TruthLogic.And(t, truth);
    }

    /// <summary>A sink that keeps nothing: the verdict alone.</summary>
    public struct Verdict : IFactorSink
    {
        public readonly void Factor(ApplicabilityFactor factor, int index, Truth truth)
        {
        }
    }
}
