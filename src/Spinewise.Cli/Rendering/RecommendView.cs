using Spectre.Console;
using Spinewise.Domain;
using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Eligibility;
using Spinewise.Domain.Grading;

namespace Spinewise.Cli.Rendering;

/// <summary>
/// The people view of a case report: an overview of every procedure, then for candidates and undetermined ones the
/// criteria, what each guideline says for this patient (grouped), the conflicts with their reasons; then what to ask.
/// </summary>
internal static class RecommendView
{
    private const int QuestionsShown = 12;

    private static readonly CandidateStatus[] Order = [CandidateStatus.Candidate, CandidateStatus.Undetermined, CandidateStatus.NotCandidate, CandidateStatus.NotAddressed];

    public static void RenderHeader(IAnsiConsole console, DecisionReport report)
    {
        console.Write(new Rule($"[bold]Case {Markup.Escape(report.CaseId)}[/] · as of {report.AsOf:yyyy-MM-dd} · knowledge {report.KnowledgeVersion.Display}").LeftJustified());
        console.MarkupLine($"[grey]{Markup.Escape(Application.Contracts.RecommendContract.InformsNotice)} Statuses weigh only the selection criteria sources state; stances are each guideline's own.[/]");
    }

    public static void Render(IAnsiConsole console, KnowledgeBase kb, DecisionReport report)
    {
        RenderHeader(console, report);
        var ordered = report.Interventions.OrderBy(a => Array.IndexOf(Order, a.Status)).ToList();
        RenderOverview(console, kb, ordered);
        foreach (var assessment in ordered.Where(a => a.Status is CandidateStatus.Candidate or CandidateStatus.Undetermined))
        {
            RecommendDetailView.Render(console, kb, assessment);
        }

        RenderAskNext(console, report);
    }

    private static void RenderOverview(IAnsiConsole console, KnowledgeBase kb, IReadOnlyList<InterventionAssessment> assessments)
    {
        var table = new Table().Title("[bold]Procedures[/]").AddColumns("Procedure", "Status", "Rests on", "Applies: for", "Applies: against", "May apply", "Conflicts");
        foreach (var a in assessments)
        {
            table.AddRow(Markup.Escape(a.Intervention.Label), Status(a.Status), RecommendSummaryView.Reason(kb, a), Guidelines(a, Stance.For), Guidelines(a, Stance.Against),
                MayApply(a), a.Conflicts.Count == 0 ? "—" : $"[red]{a.Conflicts.Count}[/]");
        }

        console.Write(table);
        console.MarkupLine("[grey]Applies: guidelines with a recommendation that applies to this patient; May apply: those whose applicability waits on a missing fact, with their stance. Details below for candidates and undetermined procedures; everything in --json.[/]");
    }

    private static string Guidelines(InterventionAssessment a, Stance stance)
    {
        var applying = a.Recommendations.Where(r => r.Position.Stance.Stance == stance && r.Applies == Applicability.Yes)
            .GroupBy(r => r.Position.Guideline.ShortTitle)
            .Select(g => Markup.Escape(g.Key + Variants(g)))
            .ToList();
        return applying.Count == 0 ? "—" : string.Join(", ", applying);
    }

    private static string MayApply(InterventionAssessment a)
    {
        var may = a.Recommendations.Where(r => r.Applies == Applicability.Unknown && r.Position.Stance.Stance is Stance.For or Stance.Against or Stance.Conditional)
            .GroupBy(r => (r.Position.Guideline.ShortTitle, r.Position.Stance.Stance))
            .Select(g => $"{Markup.Escape(g.Key.ShortTitle + Variants(g))} {Styles.Stance(g.Key.Stance)}")
            .ToList();
        return may.Count == 0 ? "—" : string.Join(", ", may);
    }

    /// <summary>" (pulsed)" when every position of the group concerns a variant; nothing when one concerns the whole intervention.</summary>
    private static string Variants(IEnumerable<RecommendationFit> fits)
    {
        var variants = fits.Select(f => f.Position.Stance.Variant).ToList();
        return variants.Any(v => v is null) ? string.Empty : $" ({string.Join(", ", variants.Distinct())})";
    }

    private static void RenderAskNext(IAnsiConsole console, DecisionReport report)
    {
        console.WriteLine();
        if (report.AskNext.Count == 0)
        {
            console.MarkupLine("Nothing unknown bears on a status or on whether a recommendation applies.");
            return;
        }

        var table = new Table().Title("[bold]What to ask next[/] — unknowns, most decisive first").AddColumns("#", "Question", "Would settle the status of", "Would settle whether recommendations apply to");
        var rank = 0;
        foreach (var q in report.AskNext.Take(QuestionsShown))
        {
            table.AddRow((++rank).ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(q.Question) + $"\n[grey]{Markup.Escape(q.Key)}[/]",
                Markup.Escape(q.Affects.Count == 0 ? "—" : string.Join(", ", q.Affects)), Markup.Escape(q.Applicability.Count == 0 ? "—" : string.Join(", ", q.Applicability)));
        }

        console.Write(table);
        if (report.AskNext.Count > QuestionsShown)
        {
            console.MarkupLine($"[grey]{report.AskNext.Count - QuestionsShown} more question(s) in --json.[/]");
        }
    }

    public static string Status(CandidateStatus status) => status switch
    {
        CandidateStatus.Candidate => "[green]candidate[/]",
        CandidateStatus.Undetermined => "[yellow]undetermined[/]",
        CandidateStatus.NotCandidate => "[red]not a candidate[/]",
        _ => "[grey]selection not addressed[/]",
    };

    public static string Result(Truth truth) => truth switch
    {
        Truth.Met => "[green]met[/]",
        Truth.NotMet => "[red]not met[/]",
        _ => "[yellow]unknown[/]",
    };
}
