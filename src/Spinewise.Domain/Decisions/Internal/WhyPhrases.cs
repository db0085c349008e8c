using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Decisions.Internal;

/// <summary>
/// The phrases a recommendation's "why" is made of, written once at compile time: for the pain type, the duration, each
/// exclusion and the named conditions, the phrase for "applies", "does not apply" and "unknown".
/// </summary>
internal sealed class WhyPhrases
{
    public const string Unrestricted = "not restricted by population, pain type or condition";

    public WhyPhrases(KnowledgeBase kb, ApplicabilitySpec spec)
    {
        var guideline = spec.Guideline.ShortTitle;
        if (spec.PainRestriction is 0 or 1)
        {
            var name = spec.PainRestriction == 0 ? "axial" : "radicular";
            Pain = ($"{name} pain", $"concerns {name} pain, which the case does not have", $"concerns {name} pain; the pain type is not recorded");
        }
        else if (spec.PainRestriction > 1)
        {
            Pain = (string.Empty, "its pain types are outside its guideline's population", string.Empty);
        }

        if (!double.IsNaN(spec.MinimumDurationMonths))
        {
            var min = Number(spec.MinimumDurationMonths);
            DurationYes = ("pain for ", $" (at least {min} months, as {guideline}'s population requires)");
            DurationNo = $"{guideline} applies to pain lasting at least {min} months; this pain has lasted ";
            DurationUnknown = $"{guideline} applies to pain lasting at least {min} months; the pain duration is not recorded";
        }

        if (spec.Duration is { } named)
        {
            var word = named switch { Grading.PainDuration.Acute => "acute", Grading.PainDuration.Chronic => "chronic", _ => "acute or subacute" };
            if (spec.ReferenceDefinitions is { } reference)
            {
                var tag = reference.Source.Verification == Verification.Verified ? string.Empty : $"; {Tag(reference.Source.Verification)}";
                DurationNamed = $"concerns {word} pain; {guideline} gives no duration for it; by {reference.Definer}'s definitions (acute under {Number(reference.AcuteBelowWeeks)} weeks, chronic over {Number(reference.ChronicAboveWeeks)} weeks{tag})";
            }
            else
            {
                DurationNamed = double.IsNaN(spec.MinimumDurationMonths)
                    ? $"concerns {word} pain; {guideline} gives no duration for {word} pain, so whether this pain counts is not addressed"
                    : $"concerns {word} pain ({(named == Grading.PainDuration.Chronic ? "at least" : "under")} {Number(spec.MinimumDurationMonths)} months in {guideline}'s population)";
            }
        }

        if (!double.IsNaN(spec.MinimumAge))
        {
            var who = spec.AgeFromStatement ? "the statement" : $"{guideline}'s population";
            var min = Number(spec.MinimumAge);
            Age = ($"aged at least {min}, as {who} requires", $"{who} is people aged {min} and over; the patient is ", $"{who} is people aged {min} and over; the age is not recorded");
        }

        if (spec.OutsideRegion)
        {
            var regions = string.Join(" and ", spec.Recommendation.Details.Restrictions.Regions.Select(r => r.ToString().ToLowerInvariant()));
            Region = $"concerns {regions} spine pain only, not low back pain";
        }

        var population = spec.Recommendation.Population is { } p ? $" (\"{p}\")" : string.Empty;
        StatementExclusions = spec.StatementExclusions.Select(c =>
        {
            var label = Lower(kb.Conditions[c].Label);
            return ($"{label} ruled out", $"its statement excludes {label}{population}", $"{label} is neither recorded nor ruled out (its statement excludes it{population})");
        }).ToArray();

        Exclusions = spec.Exclusions.Select<(int Condition, bool Unverified, Guidelines.PopulationExclusion Exclusion), (string Yes, string No, string Unknown)>(e =>
        {
            var label = Lower(kb.Conditions[e.Condition].Label);
            var tag = e.Exclusion.Source.Verification == Verification.Verified ? string.Empty
                : $" ({(e.Exclusion.Source.Verification == Verification.NotFound ? "not found" : e.Exclusion.Source.Verification.ToString().ToLowerInvariant())})";
            return e.Unverified
                ? ($"note: {guideline} may not apply to {e.Exclusion.Text}{tag}, which does not decide here", string.Empty, string.Empty)
                : ($"{label} ruled out", $"{guideline} does not apply to {e.Exclusion.Text}{tag}", $"{label} is neither recorded nor ruled out ({guideline} excludes {e.Exclusion.Text}{tag})");
        }).ToArray();
        ConditionLabels = spec.Conditions.Select(c => Lower(kb.Conditions[c].Label)).ToArray();
        var labels = spec.AllConditions ? string.Join(" with ", ConditionLabels) : string.Join(", ", ConditionLabels);
        var concerns = spec.Implied is { } implied
            ? $"names no condition; its topic implies {labels} ({implied.Basis}{(implied.Source.Verification == Verification.Verified ? string.Empty : "; " + Tag(implied.Source.Verification))})"
            : $"concerns {labels}";
        ConditionsConcern = $"{concerns}: ";
        ConditionsNo = spec.AllConditions ? $"{concerns}; not all present" : $"{concerns}, all ruled out";
        ConditionsUnknown = spec.AllConditions ? $"{concerns}; not all recorded as present" : $"{concerns}; none recorded as present";
    }

    public (string Yes, string No, string Unknown)? Pain { get; }

    public (string Before, string After) DurationYes { get; }

    public string DurationNo { get; } = string.Empty;

    public string DurationUnknown { get; } = string.Empty;

    /// <summary>The phrase for the duration the statement names ("in acute cases"), or empty.</summary>
    public string DurationNamed { get; } = string.Empty;

    public (string Yes, string No, string Unknown)[] Exclusions { get; }

    /// <summary>Per statement exclusion, the phrase for "ruled out", "present" and "unknown".</summary>
    public (string Yes, string No, string Unknown)[] StatementExclusions { get; }

    /// <summary>The age phrases: yes, no (the age follows), unknown; or <see langword="null"/>.</summary>
    public (string Yes, string NoBefore, string Unknown)? Age { get; }

    /// <summary>Why a statement about another region does not apply, or empty.</summary>
    public string Region { get; } = string.Empty;

    public string[] ConditionLabels { get; }

    public string ConditionsConcern { get; }

    public string ConditionsNo { get; }

    public string ConditionsUnknown { get; }

    /// <summary>A verification tag in words ("secondary", "not found").</summary>
    public static string Tag(Verification verification) =>
        verification == Verification.NotFound ? "not found" : verification.ToString().ToLowerInvariant();

    /// <summary>A duration in months with its unit ("1 month", "0.7 months").</summary>
    public static string Months(double value) => value == 1 ? "1 month" : Number(value) + " months";

    public static string Number(double value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    public static string Lower(string label) => Text.Labels.Lower(label);
}
