using Spinewise.Domain.Eligibility;
using Spinewise.Domain.Grading;

namespace Spinewise.Domain.Decisions.Internal;

/// <summary>
/// Says in words why a recommendation applies, does not apply or may apply to a case: the reasons that decided it
/// (those against first, then the unknowns, else the matches), from the phrases compiled for it and the factors
/// <see cref="ApplicabilityRules"/> gives.
/// </summary>
internal static class WhyText
{
    public static string For(ApplicabilitySpec spec, WhyContext context)
    {
        var sink = new PhraseSink(spec, context.View);
        ApplicabilityRules.Evaluate(spec, context.View, ref sink);
        var chosen = sink.No.Count > 0 ? sink.No : sink.Unknown.Count > 0 ? sink.Unknown : sink.Yes;
        return chosen.Count switch
        {
            0 => WhyPhrases.Unrestricted,
            1 => chosen[0],
            _ => string.Join("; ", chosen),
        };
    }

    /// <summary>Collects the phrase of each factor by its result.</summary>
    private readonly struct PhraseSink(ApplicabilitySpec spec, CaseView view) : IFactorSink
    {
        public List<string> No { get; } = new(2);

        public List<string> Unknown { get; } = new(2);

        public List<string> Yes { get; } = new(4);

        public void Factor(ApplicabilityFactor factor, int index, Truth truth)
        {
            var phrases = spec.Phrases;
            switch (factor)
            {
                case ApplicabilityFactor.Pain:
                    Pick(truth, phrases.Pain!.Value);
                    break;
                case ApplicabilityFactor.MinimumDuration:
                    ListOf(truth).Add(truth switch
                    {
                        Truth.Met => phrases.DurationYes.Before + WhyPhrases.Months(view.Duration) + phrases.DurationYes.After,
                        Truth.NotMet => phrases.DurationNo + WhyPhrases.Months(view.Duration),
                        _ => phrases.DurationUnknown,
                    });
                    break;
                case ApplicabilityFactor.NamedDuration:
                    ListOf(truth).Add(double.IsNaN(spec.ChronicFromMonths) ? phrases.DurationNamed
                        : double.IsNaN(view.Duration) ? phrases.DurationNamed + "; the pain duration is not recorded"
                        : spec.ReferenceDefinitions is null ? phrases.DurationNamed + "; this pain has lasted " + WhyPhrases.Months(view.Duration)
                        : phrases.DurationNamed + " pain lasting " + WhyPhrases.Months(view.Duration) + " is " + Kind(spec, view.Duration));
                    break;
                case ApplicabilityFactor.NotStated:
                    Unknown.Add($"names no population and its topic implies none ({spec.NotStated}); whether it concerns this patient is not addressed");
                    break;
                case ApplicabilityFactor.Region:
                    No.Add(phrases.Region);
                    break;
                case ApplicabilityFactor.Age:
                    ListOf(truth).Add(truth switch
                    {
                        Truth.Met => phrases.Age!.Value.Yes,
                        Truth.NotMet => phrases.Age!.Value.NoBefore + WhyPhrases.Number(view.Age),
                        _ => phrases.Age!.Value.Unknown,
                    });
                    break;
                case ApplicabilityFactor.StatementExclusion:
                    Pick(truth, phrases.StatementExclusions[index]);
                    break;
                case ApplicabilityFactor.Exclusion:
                    Pick(truth, phrases.Exclusions[index]);
                    break;
                case ApplicabilityFactor.UnverifiedExclusion:
                    Yes.Add(phrases.Exclusions[index].Yes); // a note only: an unverified exclusion does not decide
                    break;
                default:
                    ListOf(truth).Add(truth switch
                    {
                        Truth.Met => phrases.ConditionsConcern + string.Join(", ", Present()) + " present",
                        Truth.NotMet => phrases.ConditionsNo,
                        _ => phrases.ConditionsUnknown,
                    });
                    break;
            }
        }

        private static string Kind(ApplicabilitySpec spec, double months) =>
            months < spec.AcuteBelowMonths ? "acute" : months > spec.ChronicFromMonths ? "chronic" : "neither acute nor chronic (subacute)";

        private IEnumerable<string> Present()
        {
            for (var i = 0; i < spec.Conditions.Length; i++)
            {
                if (view.Condition(spec.Conditions[i]) == Truth.Met)
                {
                    yield return spec.Phrases.ConditionLabels[i];
                }
            }
        }

        private List<string> ListOf(Truth truth) => truth switch { Truth.Met => Yes, Truth.NotMet => No, _ => Unknown };

        private void Pick(Truth truth, (string Yes, string No, string Unknown) phrase)
        {
            var text = truth switch { Truth.Met => phrase.Yes, Truth.NotMet => phrase.No, _ => phrase.Unknown };
            if (text.Length > 0)
            {
                ListOf(truth).Add(text);
            }
        }
    }
}
