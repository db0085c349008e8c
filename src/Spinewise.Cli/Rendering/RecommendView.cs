using Spectre.Console;
using Spinewise.Domain;
using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Eligibility;
using Spinewise.Domain.Sources;

namespace Spinewise.Cli.Rendering;

/// <summary>The people view of a case report: interventions grouped by status, with criteria, stances, conflicts and questions.</summary>
internal static class RecommendView
{
    private static readonly (CandidateStatus Status, string Title)[] Groups =
    [
        (CandidateStatus.Candidate, "[green]Candidate[/] — every sourced indication and prerequisite met, no contraindication"),
        (CandidateStatus.Undetermined, "[yellow]Undetermined[/] — hinges on facts the case does not record"),
        (CandidateStatus.NotCandidate, "[red]Not a candidate[/] — a contraindication met or a required criterion not met"),
        (CandidateStatus.NotAddressed, "[grey]Selection not addressed[/] — no source in the knowledge states selection criteria"),
    ];

    public static void Render(IAnsiConsole console, KnowledgeBase kb, DecisionReport report)
    {
        console.Write(new Rule($"[bold]Case {Markup.Escape(report.CaseId)}[/] · as of {report.AsOf:yyyy-MM-dd} · knowledge {report.KnowledgeVersion.Display}").LeftJustified());
        console.MarkupLine($"[grey]{Markup.Escape(Output.RecommendJson.InformsNotice)}[/]");
        foreach (var (status, title) in Groups)
        {
            var group = report.Interventions.Where(a => a.Status == status).ToList();
            if (group.Count == 0)
            {
                continue;
            }

            console.WriteLine();
            console.Write(new Rule($"{title} ({group.Count})").LeftJustified());
            foreach (var assessment in group)
            {
                RenderIntervention(console, kb, assessment, detailed: status is CandidateStatus.Candidate or CandidateStatus.Undetermined);
            }
        }

        RenderAskNext(console, report);
    }

    private static void RenderIntervention(IAnsiConsole console, KnowledgeBase kb, InterventionAssessment a, bool detailed)
    {
        console.WriteLine();
        console.MarkupLine($"[bold]{Markup.Escape(a.Intervention.Label)}[/] [grey]({Markup.Escape(a.Intervention.Id.Value)})[/]");
        if (a.Decisive.Count > 0)
        {
            var verb = a.Status == CandidateStatus.NotCandidate ? "because" : "waiting on";
            foreach (var d in a.Decisive)
            {
                console.MarkupLine($"  {verb}: {Result(d.Result)} {Markup.Escape(d.Criterion.Statement)} [grey]({Markup.Escape(Kebab(d.Criterion.Role))}; {Markup.Escape(d.Criterion.Source.ToString())})[/]");
            }
        }

        if (detailed && a.Criteria.Count > 0)
        {
            var table = new Table().AddColumns("Criterion", "Role", "Result", "Test", "Source");
            foreach (var c in a.Criteria)
            {
                table.AddRow(Markup.Escape(c.Criterion.Statement), Markup.Escape($"{Kebab(c.Criterion.Role)} ({Kebab(c.Criterion.Basis)})"), Result(c.Result),
                    Markup.Escape(c.Criterion.Test.Describe()), Markup.Escape(c.Criterion.Source.ToString()) + Verification(c.Criterion.Source.Verification));
            }

            console.Write(table);
        }

        if (a.FlagsNotAddressed.Count > 0)
        {
            console.MarkupLine($"  [yellow]Recorded but not addressed by any source for this procedure:[/] {Markup.Escape(string.Join(", ", a.FlagsNotAddressed))} [grey](its sources state no criterion on them; Spinewise does not judge their weight)[/]");
        }

        if (a.Status == CandidateStatus.Candidate && !a.Criteria.Any(c => c.Criterion.Role == CriterionRole.Contraindication))
        {
            console.MarkupLine("  [yellow]No source in the knowledge states contraindications for this procedure.[/]");
        }

        var notes = kb.CriteriaOf(a.Intervention.Id)?.Notes ?? [];
        if (detailed && notes.Count > 0)
        {
            console.MarkupLine($"  [grey]Selection facts a case cannot express ({notes.Count}): in --json criteriaNotes.[/]");
        }

        RenderRecommendations(console, a, detailed);
        RenderConflicts(console, kb, a);
    }

    private static void RenderRecommendations(IAnsiConsole console, InterventionAssessment a, bool detailed)
    {
        var fits = detailed ? a.Recommendations : a.Recommendations.Where(r => r.Applies != Applicability.No).ToList();
        if (fits.Count > 0)
        {
            var table = new Table().AddColumns("Guideline", "Says", "Grading (as published)", "Applies to this patient", "Why");
            foreach (var fit in fits)
            {
                var p = fit.Position;
                var r = p.Recommendation;
                var grading = string.Join(" · ", new[] { r.Grade is null ? null : $"grade {r.Grade}", r.LevelAsPublished ?? r.Level, r.Details.StrengthAsPublished, r.Certainty ?? r.Details.CertaintyAsPublished }.OfType<string>());
                var says = $"{Styles.Stance(p.Stance.Stance)}{(p.Stance.Variant is null ? string.Empty : $" [grey]({Markup.Escape(p.Stance.Variant)})[/]")} [grey]{Markup.Escape(r.Id.Value)}[/]"
                    + (r.Kind == Domain.Grading.RecommendationKind.Treatment ? string.Empty : $" {Styles.Kind(r.Kind)}") + Verification(p.Verification);
                table.AddRow(Markup.Escape(p.Guideline.ShortTitle), says, Markup.Escape(grading.Length == 0 ? "—" : grading), Applies(fit.Applies), Markup.Escape(fit.Why));
            }

            console.Write(table);
        }

        var hidden = a.Recommendations.Count - fits.Count;
        if (hidden > 0)
        {
            console.MarkupLine($"  [grey]{hidden} recommendation(s) that do not apply to this patient are in --json.[/]");
        }

        foreach (var (guideline, entry) in a.NotAddressedBy)
        {
            console.MarkupLine($"  [grey]{Markup.Escape(guideline.ShortTitle)}: not addressed ({Markup.Escape(entry.Source.ToString())})[/]");
        }
    }

    private static void RenderConflicts(IAnsiConsole console, KnowledgeBase kb, InterventionAssessment a)
    {
        foreach (var c in a.Conflicts)
        {
            var conflict = c.Conflict;
            var sides = $"{Side(conflict.First)} [red]vs[/] {Side(conflict.Second)}";
            var maybe = c.Applies == Applicability.Unknown ? " [yellow](may apply)[/]" : string.Empty;
            console.MarkupLine($"  [red bold]Conflict[/] ({conflict.Kind.ToString().ToLowerInvariant()}, {conflict.PainType.ToString().ToLowerInvariant()} pain){maybe}: {sides}");
            if (conflict.Reasons.Count == 0)
            {
                console.MarkupLine($"      [yellow]{Conflict.NoReason}[/]");
            }

            foreach (var reason in conflict.Reasons)
            {
                console.MarkupLine($"      [bold]{Markup.Escape(kb.FindReasonCode(reason.Code)?.Label ?? reason.Code)}[/]: {Markup.Escape(reason.Explanation)} [grey]({Markup.Escape(reason.Source.ToString())})[/]{Verification(reason.Source.Verification)}");
            }
        }
    }

    private static void RenderAskNext(IAnsiConsole console, DecisionReport report)
    {
        console.WriteLine();
        if (report.AskNext.Count == 0)
        {
            console.MarkupLine("Nothing unknown bears on a status or on whether a recommendation applies.");
            return;
        }

        console.Write(new Rule("[bold]What to ask next[/] — unknowns, most decisive first").LeftJustified());
        var table = new Table().AddColumns("#", "Question", "Would settle the status of", "Would settle whether recommendations apply to");
        var rank = 0;
        foreach (var q in report.AskNext)
        {
            table.AddRow((++rank).ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(q.Question) + $"\n[grey]{Markup.Escape(q.Key)}[/]",
                Markup.Escape(q.Affects.Count == 0 ? "—" : string.Join(", ", q.Affects)), Markup.Escape(q.Applicability.Count == 0 ? "—" : string.Join(", ", q.Applicability)));
        }

        console.Write(table);
    }

    private static string Side(ConflictSide side) =>
        Markup.Escape($"{side.Guideline} {string.Join(", ", side.Positions.Select(p => $"{p.Recommendation.Id.Value} ({p.Stance.Stance.ToString().ToLowerInvariant()})").Distinct())}");

    private static string Result(Truth truth) => truth switch
    {
        Truth.Met => "[green]met[/]",
        Truth.NotMet => "[red]not met[/]",
        _ => "[yellow]unknown[/]",
    };

    private static string Applies(Applicability applies) => applies switch
    {
        Applicability.Yes => "[green]yes[/]",
        Applicability.No => "[grey]no[/]",
        _ => "[yellow]may apply[/]",
    };

    private static string Verification(Verification v) => v == Domain.Sources.Verification.Verified ? string.Empty : $" {Styles.Verification(v)}";

    private static string Kebab<T>(T value)
        where T : struct, Enum => Styles.Kebab(value);
}
