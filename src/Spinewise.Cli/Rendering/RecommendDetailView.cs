using Spectre.Console;
using Spinewise.Domain;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Eligibility;
using Spinewise.Domain.Sources;

namespace Spinewise.Cli.Rendering;

/// <summary>One procedure in detail: its criteria, what each guideline says for this patient (grouped), and its conflicts.</summary>
internal static class RecommendDetailView
{
    public static void Render(IAnsiConsole console, KnowledgeBase kb, InterventionAssessment a)
    {
        console.WriteLine();
        console.Write(new Rule($"[bold]{Markup.Escape(a.Intervention.Label)}[/] ({Markup.Escape(a.Intervention.Id.Value)}) · {RecommendView.Status(a.Status)}").LeftJustified());
        RenderCriteria(console, kb, a);
        RenderRecommendations(console, a);
        RenderConflicts(console, kb, a);
    }

    private static void RenderCriteria(IAnsiConsole console, KnowledgeBase kb, InterventionAssessment a)
    {
        var table = new Table().AddColumns("Criterion (as the source words it)", "Role", "Result", "Source");
        foreach (var c in a.Criteria.Where(c => c.Criterion.Role != CriterionRole.Eligibility))
        {
            table.AddRow(Markup.Escape(c.Criterion.Statement), Markup.Escape($"{Styles.Kebab(c.Criterion.Role)}\n({Styles.Kebab(c.Criterion.Basis)})"),
                RecommendView.Result(c.Result), Markup.Escape(c.Criterion.Source.ToString()) + Verification(c.Criterion.Source.Verification));
        }

        console.Write(table);
        var eligibility = a.Criteria.Where(c => c.Criterion.Role == CriterionRole.Eligibility).ToList();
        if (eligibility.Count > 0)
        {
            var groups = eligibility.GroupBy(c => c.Result).OrderByDescending(g => g.Key)
                .Select(g => $"{RecommendView.Result(g.Key)} {Markup.Escape(string.Join(", ", g.Select(c => c.Criterion.Id[(c.Criterion.Id.IndexOf('/', StringComparison.Ordinal) + 1)..])))}");
            console.MarkupLine($"  Trial and payer eligibility (informative, does not decide): {string.Join("; ", groups)}");
        }

        if (a.SafetyNote is { } safety)
        {
            console.MarkupLine($"  [yellow]Not a candidate until this is settled: {Markup.Escape(safety)}[/]");
        }

        if (a.FlagsNotAddressed.Count > 0)
        {
            console.MarkupLine($"  [yellow]Recorded but not addressed by any source for this procedure:[/] {Markup.Escape(string.Join(", ", a.FlagsNotAddressed))} [grey](no criterion on them; Spinewise does not judge their weight)[/]");
        }

        if (!a.Criteria.Any(c => c.Criterion.Role == CriterionRole.Contraindication))
        {
            console.MarkupLine("  [yellow]No source in the knowledge states contraindications for this procedure.[/]");
        }

        var notes = kb.CriteriaOf(a.Intervention.Id)?.Notes ?? [];
        if (notes.Count > 0)
        {
            console.MarkupLine($"  [grey]{notes.Count} selection fact(s) a case cannot express are in --json (criteriaNotes).[/]");
        }
    }

    private static void RenderRecommendations(IAnsiConsole console, InterventionAssessment a)
    {
        var applying = a.Recommendations.Where(r => r.Applies != Applicability.No).ToList();
        if (applying.Count > 0)
        {
            var table = new Table().AddColumns("Guideline", "Says", "Recommendations", "Grading (as published)", "Applies", "Why");
            foreach (var g in applying.GroupBy(r => (r.Position.Guideline.ShortTitle, r.Position.Stance.Stance, r.Applies, r.Why, Grading(r))))
            {
                var variants = g.Select(r => r.Position.Stance.Variant).OfType<string>().Distinct().ToList();
                var says = Styles.Stance(g.Key.Stance) + (variants.Count == 0 ? string.Empty : $" [grey]({Markup.Escape(string.Join(", ", variants))})[/]")
                    + Verification(g.Max(r => r.Position.Verification));
                table.AddRow(Markup.Escape(g.Key.ShortTitle), says, Markup.Escape(string.Join(", ", g.Select(r => r.Position.Recommendation.Id.Value).Distinct())),
                    Markup.Escape(g.Key.Item5), g.Key.Applies == Applicability.Yes ? "[green]yes[/]" : "[yellow]may apply[/]", Markup.Escape(g.Key.Why));
            }

            console.Write(table);
        }

        var notApplying = a.Recommendations.Where(r => r.Applies == Applicability.No).Select(r => r.Position.Recommendation.Id.Value).Distinct().ToList();
        if (notApplying.Count > 0)
        {
            console.MarkupLine($"  [grey]Do not apply to this patient: {Markup.Escape(string.Join(", ", notApplying))} (why in --json).[/]");
        }

        foreach (var (guideline, entry) in a.NotAddressedBy)
        {
            console.MarkupLine($"  [grey]{Markup.Escape(guideline.ShortTitle)}: not addressed ({Markup.Escape(entry.Source.ToString())})[/]");
        }
    }

    private static void RenderConflicts(IAnsiConsole console, KnowledgeBase kb, InterventionAssessment a)
    {
        if (a.Conflicts.Count == 0)
        {
            return;
        }

        foreach (var pair in a.Conflicts.GroupBy(c => (c.Conflict.First.Guideline, c.Conflict.Second.Guideline)))
        {
            var kinds = string.Join(", ", pair.Select(c => $"{c.Conflict.Kind.ToString().ToLowerInvariant()} on {c.Conflict.PainType.ToString().ToLowerInvariant()} pain"
                + (c.Applies == Applicability.Unknown ? " [yellow](may apply)[/]" : string.Empty)).Distinct());
            var reasons = pair.SelectMany(c => c.Conflict.Reasons).Select(r => kb.FindReasonCode(r.Code)?.Label ?? r.Code).Distinct().ToList();
            var weakest = pair.Max(c => c.Conflict.Verification);
            var sure = weakest == Domain.Sources.Verification.Verified ? string.Empty : $" — rests on {Styles.Verification(weakest)} facts";
            console.MarkupLine($"  [red bold]Conflict[/] {Markup.Escape(Title(kb, pair.Key.Item1))} [red]vs[/] {Markup.Escape(Title(kb, pair.Key.Item2))}: {kinds}{sure}");
            console.MarkupLine(reasons.Count == 0
                ? $"      [yellow]{Domain.Conflicts.Conflict.NoReason}[/]"
                : $"      reasons sources give: {Markup.Escape(string.Join("; ", reasons))} [grey](each with its source in --json, or `spinewise compare`)[/]");
        }
    }

    private static string Grading(RecommendationFit r) => GradingText.Of(r.Position.Recommendation);

    private static string Title(KnowledgeBase kb, Domain.Guidelines.GuidelineId id) => kb.FindGuideline(id)?.ShortTitle ?? id.Value;

    private static string Verification(Verification v) => v == Domain.Sources.Verification.Verified ? string.Empty : $" {Styles.Verification(v)}";
}
