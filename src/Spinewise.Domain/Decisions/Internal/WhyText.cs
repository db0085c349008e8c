using Spinewise.Domain.Eligibility;

namespace Spinewise.Domain.Decisions.Internal;

/// <summary>
/// Says in words why a recommendation applies, does not apply or may apply to a case: the reasons that decided it
/// (those against first, then the unknowns, else the matches), from the phrases compiled for it.
/// </summary>
internal static class WhyText
{
    public static string For(ApplicabilitySpec spec, WhyContext s)
    {
        var phrases = spec.Phrases;
        var no = new List<string>(2);
        var unknown = new List<string>(2);
        var yes = new List<string>(4);
        if (phrases.Pain is { } pain)
        {
            var truth = spec.PainRestriction switch { 0 => s.PainAxial, 1 => s.PainRadicular, _ => Truth.NotMet };
            Pick(truth, pain, no, unknown, yes);
        }

        if (!double.IsNaN(spec.MinimumDurationMonths))
        {
            if (double.IsNaN(s.Duration))
            {
                unknown.Add(phrases.DurationUnknown);
            }
            else if (s.Duration >= spec.MinimumDurationMonths)
            {
                yes.Add(phrases.DurationYes.Before + WhyPhrases.Number(s.Duration) + phrases.DurationYes.After);
            }
            else
            {
                no.Add(phrases.DurationNo + WhyPhrases.Number(s.Duration));
            }
        }

        if (spec.Duration is { } named)
        {
            if (double.IsNaN(spec.MinimumDurationMonths) || double.IsNaN(s.Duration))
            {
                unknown.Add(double.IsNaN(spec.MinimumDurationMonths) ? phrases.DurationNamed : phrases.DurationNamed + "; the pain duration is not recorded");
            }
            else
            {
                var acute = s.Duration < spec.MinimumDurationMonths;
                (acute == (named == Grading.PainDuration.Acute) ? yes : no).Add(phrases.DurationNamed + "; this pain has lasted " + WhyPhrases.Number(s.Duration));
            }
        }

        for (var i = 0; i < spec.Exclusions.Length; i++)
        {
            var present = s.Condition(spec.Exclusions[i].Condition);
            if (!spec.Exclusions[i].Unverified)
            {
                Pick(TruthLogic.Not(present), phrases.Exclusions[i], no, unknown, yes);
            }
            else if (present == Truth.Met)
            {
                yes.Add(phrases.Exclusions[i].Yes); // a note only: an unverified exclusion does not decide
            }
        }

        Conditions(spec, s, no, unknown, yes);
        var chosen = no.Count > 0 ? no : unknown.Count > 0 ? unknown : yes;
        return chosen.Count switch
        {
            0 => WhyPhrases.Unrestricted,
            1 => chosen[0],
            _ => string.Join("; ", chosen),
        };
    }

    private static void Pick(Truth truth, (string Yes, string No, string Unknown) phrase, List<string> no, List<string> unknown, List<string> yes)
    {
        var (list, text) = truth switch
        {
            Truth.Met => (yes, phrase.Yes),
            Truth.NotMet => (no, phrase.No),
            _ => (unknown, phrase.Unknown),
        };
        if (text.Length > 0)
        {
            list.Add(text);
        }
    }

    private static void Conditions(ApplicabilitySpec spec, WhyContext s, List<string> no, List<string> unknown, List<string> yes)
    {
        if (spec.Conditions.Length == 0)
        {
            return;
        }

        var any = Truth.NotMet;
        foreach (var c in spec.Conditions)
        {
            any = TruthLogic.Or(any, s.Condition(c));
        }

        if (any == Truth.NotMet)
        {
            no.Add(spec.Phrases.ConditionsNo);
        }
        else if (any == Truth.Unknown)
        {
            unknown.Add(spec.Phrases.ConditionsUnknown);
        }
        else
        {
            var present = new List<string>(spec.Conditions.Length);
            for (var i = 0; i < spec.Conditions.Length; i++)
            {
                if (s.Condition(spec.Conditions[i]) == Truth.Met)
                {
                    present.Add(spec.Phrases.ConditionLabels[i]);
                }
            }

            yes.Add(spec.Phrases.ConditionsConcern + string.Join(", ", present) + " present");
        }
    }
}
