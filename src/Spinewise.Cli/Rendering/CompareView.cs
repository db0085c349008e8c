using Spectre.Console;
using Spinewise.Domain;
using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Sources;

namespace Spinewise.Cli.Rendering;

/// <summary>The people view of a comparison: a side-by-side table, then conflicts with reasons, then agreements.</summary>
internal static class CompareView
{
    public static void Render(IAnsiConsole console, KnowledgeBase kb, Comparison c)
    {
        var label = kb.FindIntervention(c.Intervention)?.Label ?? c.Intervention.Value;
        console.Write(new Rule($"[bold]{Markup.Escape(label)}[/] ({Markup.Escape(c.Intervention.Value)}) · pain: {string.Join(", ", c.PainTypes).ToLowerInvariant()}").LeftJustified());
        var table = new Table().AddColumns("Guideline", "Recommendation", "Stance", "Grade / strength (original)", "Certainty (original)", "Population", "Kind").KeepIdsWhole(0, 1);
        foreach (var p in c.Positions)
        {
            var r = p.Recommendation;
            var grading = string.Join(" · ", new[] { GradingText.Grade(r), GradingText.Level(r), r.Details.StrengthAsPublished }.OfType<string>());
            var statement = Markup.Escape(r.Id.Value);
            var stance = Styles.Stance(p.Stance.Stance) + (p.Stance.Variant is null ? string.Empty : $" [grey]({Markup.Escape(p.Stance.Variant)})[/]")
                + (p.Verification == Verification.Verified ? string.Empty : $"\n{Styles.Verification(p.Verification)}");
            table.AddRow(Markup.Escape(p.Guideline.ShortTitle), statement, stance, Markup.Escape(grading.Length == 0 ? "—" : grading),
                Markup.Escape(r.Details.CertaintyAsPublished ?? "—"), Markup.Escape(r.Population ?? "—"), Styles.Kind(r.Kind));
        }

        foreach (var (guideline, entry) in c.NotAddressedBy)
        {
            table.AddRow(Markup.Escape(guideline.ShortTitle), "[grey]—[/]", Styles.Stance(Domain.Grading.Stance.NotAddressed), "—", "—", "—", Markup.Escape(entry.Source.ToString()));
        }

        console.Write(table);
        foreach (var r in c.Positions.Select(p => p.Recommendation).Distinct())
        {
            console.MarkupLine($"[grey]{Markup.Escape(r.Id.Value)}:[/] \"{Markup.Escape(r.Statement)}\"{(r.Details.StatementIsParaphrase ? " [grey](paraphrase)[/]" : string.Empty)}");
        }

        var silent = kb.Guidelines.Where(g => c.Positions.All(p => p.Guideline.Id != g.Id) && c.NotAddressedBy.All(n => n.Guideline.Id != g.Id)).Select(g => g.ShortTitle).ToList();
        if (silent.Count > 0)
        {
            console.MarkupLineInterpolated($"[grey]No recommendation in the knowledge from: {string.Join(", ", silent)}.[/]");
        }

        RenderConflicts(console, kb, c);
        foreach (var a in c.Agreements)
        {
            console.MarkupLine($"[green]Agreement[/] ({a.PainType.ToString().ToLowerInvariant()}): {Styles.Stance(a.Stance)} — {Markup.Escape(string.Join(", ", a.Positions.Select(p => p.Recommendation.Id.Value).Distinct()))}");
        }

        console.MarkupLine("[grey]Stances keep each guideline's own grading; strength and certainty are shown as published. Spinewise shows the disagreement and its stated reasons; it does not resolve it.[/]");
    }

    private static void RenderConflicts(IAnsiConsole console, KnowledgeBase kb, Comparison c)
    {
        if (c.Conflicts.Count == 0)
        {
            console.MarkupLine("No conflicts among treatment recommendations.");
            return;
        }

        foreach (var conflict in c.Conflicts)
        {
            var first = string.Join(", ", conflict.First.Positions.Select(p => $"{p.Recommendation.Id} ({Stance(p)})").Distinct());
            var second = string.Join(", ", conflict.Second.Positions.Select(p => $"{p.Recommendation.Id} ({Stance(p)})").Distinct());
            var sure = conflict.Verification == Verification.Verified ? string.Empty
                : $" — {Styles.Verification(conflict.Verification)} [grey](rests on {Markup.Escape(string.Join(", ", Weakest(conflict)))})[/]";
            console.MarkupLine($"[red bold]Conflict[/] ({conflict.Kind.ToString().ToLowerInvariant()}, {conflict.PainType.ToString().ToLowerInvariant()} pain): {Markup.Escape(first)} [red]vs[/] {Markup.Escape(second)}{sure}");
            if (conflict.Reasons.Count == 0)
            {
                console.MarkupLine($"    [yellow]{Conflict.NoReason}[/]");
            }

            foreach (var reason in conflict.Reasons)
            {
                var verification = reason.Source.Verification == Verification.Verified ? string.Empty : $" — {Styles.Verification(reason.Source.Verification)}";
                console.MarkupLine($"    [bold]{Markup.Escape(kb.FindReasonCode(reason.Code)?.Label ?? reason.Code)}[/]: {Markup.Escape(reason.Explanation)} [grey]({Markup.Escape(reason.Source.ToString())})[/]{verification}");
            }
        }
    }

    /// <summary>The stance as written in the knowledge (<c>conditional-against</c>).</summary>
    private static string Stance(GuidelinePosition p) => p.Stance.Stance == Domain.Grading.Stance.ConditionalAgainst ? "conditional-against"
        : p.Stance.Stance == Domain.Grading.Stance.NotAddressed ? "not-addressed" : p.Stance.Stance.ToString().ToLowerInvariant();

    /// <summary>The recommendations whose verification makes the conflict's.</summary>
    private static IEnumerable<string> Weakest(Conflict conflict) => conflict.First.Positions.Concat(conflict.Second.Positions)
        .Where(p => p.Verification == conflict.Verification || p.Recommendation.Source.Verification == conflict.Verification)
        .Select(p => p.Recommendation.Id.Value).Distinct();
}
