using Spinewise.Application.Wording;
using System.Globalization;
using Spectre.Console;
using Spinewise.Domain;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Eligibility;
using Spinewise.Domain.Grading;

namespace Spinewise.Cli.Rendering;

/// <summary>
/// The default people view of a case report, sized for one screen (about 60 lines at 120 columns): the procedures that
/// are candidates or undetermined with one reason each, the guidelines that apply for and against with their grading,
/// the conflicts one line each, and the top questions. <c>--details</c> shows everything; <c>--intervention</c> one procedure.
/// </summary>
internal static class RecommendSummaryView
{
    private const int ProceduresShown = 10;
    private const int StanceLinesShown = 8;
    private const int ConflictsShown = 6;
    private const int QuestionsShown = 8;

    public static void Render(IAnsiConsole console, KnowledgeBase kb, DecisionReport report)
    {
        RecommendView.RenderHeader(console, report);
        var open = report.Interventions.Where(a => a.Status == CandidateStatus.Candidate || (a.Status == CandidateStatus.Undetermined && Indicated(a)))
            .OrderBy(a => a.Status == CandidateStatus.Candidate ? 0 : 1).ToList();
        RenderProcedures(console, kb, report, open);
        RenderStances(console, open);
        RenderConflicts(console, kb, open);
        RenderQuestions(console, report);
        console.MarkupLine("[grey]--details: every criterion with its source, every stance with why it applies or not, conflicts with their sources; --intervention ID: one procedure; --json: everything.[/]");
    }

    /// <summary>Whether one of the procedure's indications is met: the case suggests it.</summary>
    private static bool Indicated(InterventionAssessment a) =>
        a.Criteria.Any(c => c.Criterion.Role == CriterionRole.Indication && c.Result == Truth.Met);

    private static void RenderProcedures(IAnsiConsole console, KnowledgeBase kb, DecisionReport report, List<InterventionAssessment> open)
    {
        console.MarkupLine("[bold]Procedures that may fit[/] [grey](candidates, and undetermined ones with an indication met; status from the selection criteria sources state)[/]");
        if (open.Count == 0)
        {
            console.MarkupLine("  none is a candidate, and no undetermined procedure has an indication recorded");
        }

        foreach (var a in open.Take(ProceduresShown))
        {
            console.MarkupLine($"  {Pad(a.Status)} {Markup.Escape(a.Intervention.Label)} — {Reason(kb, a)}");
        }

        More(console, open.Count - ProceduresShown, "procedure");
        Line(console, "[yellow]undetermined[/], no indication recorded", report.Interventions.Where(a => a.Status == CandidateStatus.Undetermined && !Indicated(a)));
        Line(console, "[red]not a candidate[/]", report.Interventions.Where(a => a.Status == CandidateStatus.NotCandidate));

        var unaddressed = report.Interventions.Count(a => a.Status == CandidateStatus.NotAddressed);
        if (unaddressed > 0)
        {
            console.MarkupLine($"  [grey]{unaddressed} procedure(s) with no selection criteria in any source (guidelines' stances in --details)[/]");
        }

        console.WriteLine();
    }

    private static void Line(IAnsiConsole console, string head, IEnumerable<InterventionAssessment> assessments)
    {
        var labels = assessments.Select(a => a.Intervention.Label).ToList();
        if (labels.Count > 0)
        {
            console.MarkupLine($"  {head}: {Markup.Escape(string.Join(", ", labels))}");
        }
    }

    /// <summary>The one reason for a status: the first deciding criterion in words, with its role and source, or that all required are met.</summary>
    public static string Reason(KnowledgeBase kb, InterventionAssessment a)
    {
        if (a.SafetyNote is { } safety && a.Decisive.Count == 0)
        {
            return $"[yellow]{Markup.Escape(safety)}[/]";
        }

        if (a.Decisive.Count == 0)
        {
            var contraindications = a.Criteria.Any(c => c.Criterion.Role == CriterionRole.Contraindication) ? string.Empty : " [yellow](no source states contraindications)[/]";
            return "all required criteria met" + contraindications;
        }

        var first = a.Decisive[0];
        var word = first.Result == Truth.NotMet ? "not met" : "unknown";
        var more = a.Decisive.Count > 1 ? $" [grey](+{a.Decisive.Count - 1} more)[/]" : string.Empty;
        var basis = first.Criterion.Trial is { } trial ? $"trial {trial}" : Styles.Kebab(first.Criterion.Basis);
        return $"{word}: {Markup.Escape(Short(CriterionWords.Of(kb, first.Criterion.Test), 70))} [grey]({Styles.Kebab(first.Criterion.Role)}, {Markup.Escape(basis)})[/]{more}";
    }

    private static void RenderStances(IAnsiConsole console, List<InterventionAssessment> open)
    {
        console.MarkupLine("[bold]What the guidelines say for this patient[/] [grey](recommendations that apply; \"may apply\" where a fact is missing)[/]");
        var lines = open.Select(a => (a, Text: Stances(a))).Where(x => x.Text.Length > 0).ToList();
        if (lines.Count == 0)
        {
            console.MarkupLine("  no recommendation applies or may apply to this patient for these procedures");
        }

        foreach (var (a, text) in lines.Take(StanceLinesShown))
        {
            console.MarkupLine($"  [bold]{Markup.Escape(a.Intervention.Label)}[/]: {text}");
        }

        More(console, lines.Count - StanceLinesShown, "procedure");
        console.WriteLine();
    }

    private static string Stances(InterventionAssessment a)
    {
        var parts = new List<string>();
        foreach (var (applies, label) in new[] { (Applicability.Yes, string.Empty), (Applicability.Unknown, "may apply, ") })
        {
            foreach (var stance in new[] { Stance.For, Stance.Conditional, Stance.Against, Stance.Insufficient })
            {
                var groups = a.Recommendations.Where(r => r.Applies == applies && r.Position.Stance.Stance == stance)
                    .GroupBy(r => r.Position.Guideline.ShortTitle)
                    .Select(g => $"{Markup.Escape(g.Key)} ({Markup.Escape(GradingText.Short(g.First().Position.Recommendation))}{(g.Count() > 1 ? $"; {g.Count()} recommendations" : string.Empty)})")
                    .ToList();
                if (groups.Count > 0)
                {
                    var head = applies == Applicability.Yes ? Styles.Stance(stance) : $"[yellow]{label}[/]{Styles.Stance(stance)}";
                    parts.Add($"{head} {string.Join(", ", groups)}");
                }
            }
        }

        return string.Join("; ", parts);
    }

    private static void RenderConflicts(IAnsiConsole console, KnowledgeBase kb, List<InterventionAssessment> open)
    {
        var conflicts = open.SelectMany(a => a.Conflicts.Where(c => c.Applies == Applicability.Yes)
            .GroupBy(c => (c.Conflict.First.Guideline, c.Conflict.Second.Guideline)).Select(g => (a, g))).ToList();
        var possible = open.Sum(a => a.Conflicts.Count(c => c.Applies != Applicability.Yes));
        if (conflicts.Count == 0 && possible == 0)
        {
            return;
        }

        console.MarkupLine("[bold]Where they disagree[/] [grey](between recommendations that apply to this patient)[/]");
        foreach (var (a, pair) in conflicts.Take(ConflictsShown))
        {
            var first = kb.FindGuideline(pair.Key.Item1)?.ShortTitle ?? pair.Key.Item1.Value;
            var second = kb.FindGuideline(pair.Key.Item2)?.ShortTitle ?? pair.Key.Item2.Value;
            var pain = string.Join(" and ", pair.Select(c => c.Conflict.PainType.ToString().ToLowerInvariant()).Distinct());
            var reasons = pair.SelectMany(c => c.Conflict.Reasons).Select(r => kb.FindReasonCode(r.Code)?.Label ?? r.Code).Distinct().ToList();
            var why = reasons.Count == 0 ? Domain.Conflicts.Conflict.NoReason
                : "reasons given: " + string.Join(", ", reasons.Take(3)) + (reasons.Count > 3 ? $" (+{reasons.Count - 3})" : string.Empty);
            var weakest = pair.Max(c => c.Conflict.Verification);
            var sure = weakest == Domain.Sources.Verification.Verified ? string.Empty : $" ({Styles.Verification(weakest)})";
            console.MarkupLine($"  {Markup.Escape(a.Intervention.Label)}: {Markup.Escape(first)} [red]vs[/] {Markup.Escape(second)} [grey]({Markup.Escape(pain)} pain)[/]{sure} — {Markup.Escape(why)}");
        }

        More(console, conflicts.Count - ConflictsShown, "conflict");
        if (possible > 0)
        {
            console.MarkupLine($"  [grey]{possible} more conflict(s) among recommendations that may apply, once the missing facts are known (--details)[/]");
        }
        console.WriteLine();
    }

    private static void RenderQuestions(IAnsiConsole console, DecisionReport report)
    {
        if (report.AskNext.Count == 0)
        {
            console.MarkupLine("Nothing unknown bears on a status or on whether a recommendation applies.");
            return;
        }

        console.MarkupLine("[bold]What to ask next[/] [grey](red flags first, then age, duration and pain type, then what settles the procedures this case suggests)[/]");
        var rank = 0;
        foreach (var q in report.AskNext.Take(QuestionsShown))
        {
            var settles = q.Affects.Count == 0 ? string.Empty : $" [grey](settles: {Markup.Escape(string.Join(", ", q.Affects.Select(i => i.Value)))})[/]";
            console.MarkupLine($"  {(++rank).ToString(CultureInfo.InvariantCulture),2}. {Markup.Escape(q.Question)}{settles}");
        }

        More(console, report.AskNext.Count - QuestionsShown, "question");
    }

    private static void More(IAnsiConsole console, int more, string what)
    {
        if (more > 0)
        {
            console.MarkupLine($"  [grey]… and {more} more {what}{(more == 1 ? string.Empty : "s")} (--details)[/]");
        }
    }

    private static string Pad(CandidateStatus status) =>
        status == CandidateStatus.Candidate ? "[green]candidate   [/]" : "[yellow]undetermined[/]";

    private static string Short(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
