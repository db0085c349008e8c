using System.Globalization;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Eligibility;

namespace Spinewise.Domain.Decisions.Internal;

/// <summary>
/// Says in words why a recommendation applies, does not apply or may apply to a case: the reasons that decided it
/// (those against first, then the unknowns, else the matches).
/// </summary>
internal static class WhyText
{
    public static string For(DecisionEngine engine, ApplicabilitySpec spec, EvaluationScratch s)
    {
        var no = new List<string>();
        var unknown = new List<string>();
        var yes = new List<string>();
        var guideline = spec.Guideline.ShortTitle;
        PainType(spec, s, no, unknown, yes);
        if (!double.IsNaN(spec.MinimumDurationMonths))
        {
            var min = Number(spec.MinimumDurationMonths);
            var duration = s.Numbers[engine.Facts.NumberSlot(CaseFacts.PainDurationMonths)];
            (double.IsNaN(duration) ? unknown : duration >= spec.MinimumDurationMonths ? yes : no).Add(double.IsNaN(duration)
                ? $"{guideline} applies to pain lasting at least {min} months; the pain duration is not recorded"
                : duration >= spec.MinimumDurationMonths
                    ? $"pain for {Number(duration)} months (at least {min}, as {guideline}'s population requires)"
                    : $"{guideline} applies to pain lasting at least {min} months; this pain has lasted {Number(duration)}");
        }

        foreach (var (condition, unverified, exclusion) in spec.Exclusions)
        {
            var label = engine.Knowledge.Conditions[condition].Label;
            var present = CaseEvaluator.ConditionTruth(s, condition);
            var tag = exclusion.Source.Verification == Sources.Verification.Verified ? string.Empty : $" ({KebabOf(exclusion.Source.Verification)})";
            if (unverified)
            {
                if (present == Truth.Met)
                {
                    unknown.Add($"{guideline} may not apply: {exclusion.Text}{tag}");
                }
            }
            else if (present == Truth.Met)
            {
                no.Add($"{guideline} does not apply to {exclusion.Text}{tag}");
            }
            else if (present == Truth.Unknown)
            {
                unknown.Add($"{Lower(label)} is neither recorded nor ruled out ({guideline} excludes {exclusion.Text}{tag})");
            }
            else
            {
                yes.Add($"{Lower(label)} ruled out");
            }
        }

        Conditions(engine, spec, s, no, unknown, yes);
        var chosen = no.Count > 0 ? no : unknown.Count > 0 ? unknown : yes;
        return chosen.Count == 0 ? "not restricted by population, pain type or condition" : string.Join("; ", chosen);
    }

    private static void PainType(ApplicabilitySpec spec, EvaluationScratch s, List<string> no, List<string> unknown, List<string> yes)
    {
        if (spec.PainRestriction < 0)
        {
            return;
        }

        if (spec.PainRestriction > 1)
        {
            no.Add("its pain types are outside its guideline's population");
            return;
        }

        var (name, truth) = spec.PainRestriction == 0 ? ("axial", s.PainAxial) : ("radicular", s.PainRadicular);
        (truth == Truth.Met ? yes : truth == Truth.NotMet ? no : unknown).Add(truth switch
        {
            Truth.Met => $"{name} pain",
            Truth.NotMet => $"concerns {name} pain, which the case does not have",
            _ => $"concerns {name} pain; the pain type is not recorded",
        });
    }

    private static void Conditions(DecisionEngine engine, ApplicabilitySpec spec, EvaluationScratch s, List<string> no, List<string> unknown, List<string> yes)
    {
        if (spec.Conditions.Length == 0)
        {
            return;
        }

        var labels = string.Join(", ", spec.Conditions.Select(c => Lower(engine.Knowledge.Conditions[c].Label)));
        var truths = spec.Conditions.Select(c => CaseEvaluator.ConditionTruth(s, c)).ToList();
        if (truths.Contains(Truth.Met))
        {
            var present = spec.Conditions.Where((c, i) => truths[i] == Truth.Met).Select(c => Lower(engine.Knowledge.Conditions[c].Label));
            yes.Add($"concerns {labels}: {string.Join(", ", present)} present");
        }
        else if (truths.All(t => t == Truth.NotMet))
        {
            no.Add($"concerns {labels}, all ruled out");
        }
        else
        {
            unknown.Add($"concerns {labels}; none recorded as present");
        }
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string KebabOf(Sources.Verification verification) => verification switch
    {
        Sources.Verification.NotFound => "not found",
        _ => verification.ToString().ToLowerInvariant(),
    };

    private static string Lower(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;
}
