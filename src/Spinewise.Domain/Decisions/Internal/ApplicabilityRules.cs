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
        if (spec.OutsideRegion)
        {
            t = Add(t, ApplicabilityFactor.Region, 0, Truth.NotMet, ref sink);
        }

        if (spec.NotStated is not null)
        {
            t = Add(t, ApplicabilityFactor.NotStated, 0, Truth.Unknown, ref sink);
        }

        if (!double.IsNaN(spec.MinimumAge))
        {
            t = Add(t, ApplicabilityFactor.Age, 0, double.IsNaN(c.Age) ? Truth.Unknown : TruthLogic.From(c.Age >= spec.MinimumAge), ref sink);
        }

        if (spec.PainRestriction >= 0)
        {
            t = Add(t, ApplicabilityFactor.Pain, 0, spec.PainRestriction switch { 0 => c.PainAxial, 1 => c.PainRadicular, _ => Truth.NotMet }, ref sink);
        }

        if (!double.IsNaN(spec.MinimumDurationMonths))
        {
            t = Add(t, ApplicabilityFactor.MinimumDuration, 0, double.IsNaN(c.Duration) ? Truth.Unknown : TruthLogic.From(c.Duration >= spec.MinimumDurationMonths), ref sink);
        }

        if (spec.Duration is { } named && !(named == PainDuration.Chronic && !double.IsNaN(spec.MinimumDurationMonths)))
        {
            // "chronic" against the guideline's own minimum is the minimum-duration factor above: not asked twice
            t = Add(t, ApplicabilityFactor.NamedDuration, 0, NamedDuration(spec, named, c.Duration), ref sink);
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

        for (var i = 0; i < spec.StatementExclusions.Length; i++)
        {
            t = Add(t, ApplicabilityFactor.StatementExclusion, i, TruthLogic.Not(c.Condition(spec.StatementExclusions[i])), ref sink);
        }

        if (spec.Conditions.Length > 0)
        {
            var combined = spec.AllConditions ? Truth.Met : Truth.NotMet;
            foreach (var condition in spec.Conditions)
            {
                combined = spec.AllConditions ? TruthLogic.And(combined, c.Condition(condition)) : TruthLogic.Or(combined, c.Condition(condition));
            }

            t = Add(t, ApplicabilityFactor.Conditions, 0, combined, ref sink);
        }

        return t;
    }

    /// <summary>
    /// Whether pain of <paramref name="months"/> is of the duration the statement names: against its guideline's own
    /// cutoff (under it acute, at or above it chronic), else against the reference definitions (acute below their acute
    /// limit, chronic above their chronic limit, neither decided in between), else unknown.
    /// </summary>
    public static Truth NamedDuration(ApplicabilitySpec spec, PainDuration named, double months)
    {
        if (double.IsNaN(months) || double.IsNaN(spec.ChronicFromMonths))
        {
            return Truth.Unknown;
        }

        var chronic = spec.ReferenceDefinitions is null ? months >= spec.ChronicFromMonths : months > spec.ChronicFromMonths;
        var acute = months < spec.AcuteBelowMonths;
        return named switch
        {
            PainDuration.Acute => acute ? Truth.Met : chronic ? Truth.NotMet : Truth.Unknown,
            PainDuration.Chronic => chronic ? Truth.Met : acute ? Truth.NotMet : Truth.Unknown,
            PainDuration.AcuteOrSubacute => TruthLogic.Not(TruthLogic.From(chronic)),
            _ => throw new ArgumentOutOfRangeException(nameof(named), named, "unknown pain duration"),
        };
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
