using Spinewise.Application.Wording;
using Spinewise.Domain;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Eligibility;

namespace Spinewise.Web.Pages.Evaluations;

/// <summary>Words for one procedure of an evaluation: the reason for its status, a criterion's role and result.</summary>
internal static class ProcedureText
{
    /// <summary>What the status rests on: the deciding criteria in words, a recorded safety flag no source addresses, or that every required criterion is met.</summary>
    public static string Reason(KnowledgeBase kb, InterventionAssessment a)
    {
        if (a.Status == CandidateStatus.NotAddressed)
        {
            return "No source in the knowledge states selection criteria for it.";
        }

        if (a.Decisive.Count == 0)
        {
            if (a.SafetyNote is { } safety)
            {
                return safety;
            }

            return a.Criteria.Any(c => c.Criterion.Role == CriterionRole.Contraindication)
                ? "Every indication and prerequisite a source states is met; no contraindication is met or unknown."
                : "Every indication and prerequisite a source states is met. No source in the knowledge states contraindications for it.";
        }

        var parts = a.Decisive.Take(3).Select(d => $"{Result(d.Result)}: {CriterionWords.Of(kb, d.Criterion.Test)} ({Role(d.Criterion.Role)})");
        var more = a.Decisive.Count > 3 ? $"; and {a.Decisive.Count - 3} more" : string.Empty;
        return "Rests on " + string.Join("; ", parts) + more + ".";
    }

    /// <summary>One line of the guidelines whose recommendations apply (or may apply), by stance, and the count of conflicts.</summary>
    public static string StanceSummary(InterventionAssessment a)
    {
        var parts = new List<string>();
        foreach (var (applies, head) in new[] { (Applicability.Yes, "apply"), (Applicability.Unknown, "may apply") })
        {
            var byStance = a.Recommendations.Where(r => r.Applies == applies)
                .GroupBy(r => r.Position.Stance.Stance)
                .Select(g => $"{StanceWords(g.Key)}: {string.Join(", ", g.Select(r => r.Position.Guideline.ShortTitle).Distinct())}")
                .ToList();
            if (byStance.Count > 0)
            {
                parts.Add($"Recommendations that {head} — {string.Join("; ", byStance)}");
            }
        }

        if (parts.Count == 0)
        {
            parts.Add("No guideline recommendation on it applies or may apply to this patient");
        }

        if (a.Conflicts.Count > 0)
        {
            parts.Add($"{a.Conflicts.Count} conflict{(a.Conflicts.Count == 1 ? string.Empty : "s")} between them");
        }

        return string.Join(". ", parts) + ".";
    }

    public static string StanceWords(Domain.Grading.Stance stance) => stance switch
    {
        Domain.Grading.Stance.For => "for",
        Domain.Grading.Stance.Against => "against",
        Domain.Grading.Stance.Conditional => "conditional for",
        Domain.Grading.Stance.ConditionalAgainst => "conditional against",
        Domain.Grading.Stance.Insufficient => "insufficient evidence",
        _ => "not addressed",
    };

    public static string Result(Truth truth) => truth switch
    {
        Truth.Met => "met",
        Truth.NotMet => "not met",
        _ => "unknown",
    };

    public static string ResultCss(Truth truth) => truth switch
    {
        Truth.Met => "met",
        Truth.NotMet => "not-met",
        _ => "unknown",
    };

    public static string Role(CriterionRole role) => role switch
    {
        CriterionRole.Indication => "indication",
        CriterionRole.Prerequisite => "prerequisite",
        CriterionRole.Contraindication => "contraindication",
        _ => "eligibility",
    };

    public static string Applies(Applicability applies) => applies switch
    {
        Applicability.Yes => "applies",
        Applicability.No => "does not apply",
        _ => "may apply",
    };

    public static string AppliesCss(Applicability applies) => applies switch
    {
        Applicability.Yes => "yes",
        Applicability.No => "no",
        _ => "unknown",
    };
}
