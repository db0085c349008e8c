using System.Globalization;
using Spinewise.Domain;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Eligibility;
using static Spinewise.Domain.Text.Labels;

namespace Spinewise.Application.Wording;

/// <summary>
/// A criterion's test in plain words ("facet-mediated pain", "ODI at least 31 points"), never in test syntax: how the
/// CLI's report and the CDS Hooks cards word criteria.
/// </summary>
public static class CriterionWords
{
    /// <summary>The procedure a history test names, with its qualifiers in brackets ("lumbar medial branch block (effective)"), for "no … on record".</summary>
    /// <param name="kb">The knowledge the test is from.</param>
    /// <param name="h">The history test.</param>
    public static string HistoryWords(KnowledgeBase kb, HistoryTest h)
    {
        ArgumentNullException.ThrowIfNull(kb);
        ArgumentNullException.ThrowIfNull(h);
        var (name, parts) = History(kb, h);
        return parts.Count == 0 ? name : $"{name} ({string.Join(", ", parts)})";
    }

    /// <summary>The test in words; a history test reads as the procedure done, with its qualifiers ("lumbar medial branch block effective").</summary>
    /// <param name="kb">The knowledge the test is from.</param>
    /// <param name="test">The test.</param>
    public static string Of(KnowledgeBase kb, CriterionTest test)
    {
        ArgumentNullException.ThrowIfNull(kb);
        ArgumentNullException.ThrowIfNull(test);
        return Words(kb, test);
    }

    private static string Words(KnowledgeBase kb, CriterionTest test) => test switch
    {
        ConditionTest c => Lower(kb.FindCondition(c.Condition)?.Label ?? c.Condition.Value),
        FactTest f => Fact(f),
        FlagTest f => Lower(CaseFacts.FindFlag(f.Flag)?.Meaning ?? f.Flag),
        HistoryTest h => Done(kb, h),
        PainTypeTest p => $"{p.PainType.ToString().ToLowerInvariant()} pain",
        NotTest { Part: var part } => "not " + Nested(kb, part),
        AllOfTest a => string.Join(" and ", a.Parts.Select(p => Nested(kb, p))),
        AnyOfTest a => string.Join(" or ", a.Parts.Select(p => Nested(kb, p))),
        _ => test.Describe(),
    };

    private static string Nested(KnowledgeBase kb, CriterionTest test) =>
        test is AllOfTest or AnyOfTest ? $"({Words(kb, test)})" : Words(kb, test);

    private static string Fact(FactTest f)
    {
        var (label, unit) = f.Fact switch
        {
            CaseFacts.Age => ("age", "years"),
            CaseFacts.PainDurationMonths => ("pain duration", "months"),
            _ when CaseFacts.FindFinding(f.Fact[CaseFacts.FindingsPrefix.Length..]) is { } finding => (finding.Label, finding.Unit),
            _ => (f.Fact, string.Empty),
        };
        var suffix = unit.Length == 0 || label.Contains(unit, StringComparison.OrdinalIgnoreCase) ? string.Empty : " " + unit;
        return f.Comparison switch
        {
            NumericComparison.AtLeast => $"{label} at least {N(f.Value)}{suffix}",
            NumericComparison.AtMost => $"{label} at most {N(f.Value)}{suffix}",
            NumericComparison.Above => $"{label} above {N(f.Value)}{suffix}",
            NumericComparison.Below => $"{label} below {N(f.Value)}{suffix}",
            _ => $"{label} from {N(f.Value)} to {N(f.Upper)}{suffix}",
        };
    }

    private static string Done(KnowledgeBase kb, HistoryTest h)
    {
        var (name, parts) = History(kb, h);
        return parts.Count == 0 ? $"{name} done" : $"{name} {string.Join(", ", parts)}";
    }

    private static (string Name, List<string> Parts) History(KnowledgeBase kb, HistoryTest h)
    {
        var name = Lower(kb.FindIntervention(h.Intervention)?.Label ?? h.Intervention.Value);
        var parts = new List<string>();
        if (h.Outcome is { } outcome)
        {
            parts.Add(outcome == HistoryOutcome.NotTolerated ? "not tolerated" : outcome.ToString().ToLowerInvariant());
        }

        if (h.MinMonths is { } months)
        {
            parts.Add($"for at least {N(months)} months");
        }

        if (h.MinReliefPercent is { } relief)
        {
            parts.Add($"with at least {N(relief)} % relief");
        }

        if (h.WithinMonths is { } within)
        {
            parts.Add($"within the last {N(within)} months");
        }

        return (name, parts);
    }

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
