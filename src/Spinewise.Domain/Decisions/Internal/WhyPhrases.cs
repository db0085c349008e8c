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
            DurationYes = ("pain for ", $" months (at least {min}, as {guideline}'s population requires)");
            DurationNo = $"{guideline} applies to pain lasting at least {min} months; this pain has lasted ";
            DurationUnknown = $"{guideline} applies to pain lasting at least {min} months; the pain duration is not recorded";
        }

        if (spec.Duration is { } named)
        {
            var word = named == Grading.PainDuration.Acute ? "acute" : "chronic";
            DurationNamed = double.IsNaN(spec.MinimumDurationMonths)
                ? $"concerns {word} pain; {guideline} gives no duration for {word} pain, so whether this pain counts is not addressed"
                : $"concerns {word} pain ({(named == Grading.PainDuration.Acute ? "under" : "at least")} {Number(spec.MinimumDurationMonths)} months in {guideline}'s population)";
        }

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
        var labels = string.Join(", ", ConditionLabels);
        ConditionsConcern = $"concerns {labels}: ";
        ConditionsNo = $"concerns {labels}, all ruled out";
        ConditionsUnknown = $"concerns {labels}; none recorded as present";
    }

    public (string Yes, string No, string Unknown)? Pain { get; }

    public (string Before, string After) DurationYes { get; }

    public string DurationNo { get; } = string.Empty;

    public string DurationUnknown { get; } = string.Empty;

    /// <summary>The phrase for the duration the statement names ("in acute cases"), or empty.</summary>
    public string DurationNamed { get; } = string.Empty;

    public (string Yes, string No, string Unknown)[] Exclusions { get; }

    public string[] ConditionLabels { get; }

    public string ConditionsConcern { get; }

    public string ConditionsNo { get; }

    public string ConditionsUnknown { get; }

    public static string Number(double value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    public static string Lower(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;
}
