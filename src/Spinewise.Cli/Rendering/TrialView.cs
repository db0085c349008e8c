using Spectre.Console;
using Spinewise.Cli.Commands;
using Spinewise.Domain;
using Spinewise.Domain.Evidence;

namespace Spinewise.Cli.Rendering;

/// <summary>The people view of one trial.</summary>
internal static class TrialView
{
    public static void Render(IAnsiConsole console, KnowledgeBase kb, Trial t)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(t.Name)}[/] ({Markup.Escape(t.Id)})").LeftJustified());
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        grid.AddRow("Title", Markup.Escape(t.Title));
        grid.AddRow("Registration", Markup.Escape(t.Registration ?? "—"));
        grid.AddRow("Design", Markup.Escape($"{TrialsCommand.Design(t)}. {t.Design.Description}"));
        grid.AddRow("Enrolled", Markup.Escape($"{t.Enrolled?.ToString() ?? "not given"}{(t.Centres is null ? string.Empty : $" at {t.Centres} centres")}{(t.Countries.Count == 0 ? string.Empty : $" ({string.Join(", ", t.Countries)})")}"));
        grid.AddRow("Ages", Markup.Escape(t.AgeMin is null && t.AgeMax is null ? "not given" : $"{t.AgeMin}–{t.AgeMax}"));
        grid.AddRow("Arms", Markup.Escape(t.Arms.Count == 0 ? "arm sizes not given" : string.Join("; ", t.Arms.Select(a => $"{a.Label}: {a.N} ({string.Join(", ", a.Interventions)})"))));
        grid.AddRow("Follow-up", Markup.Escape(string.Join("; ", t.FollowUp.Select(f => f.Primary ? $"{f.Label} [primary]" : f.Label))));
        grid.AddRow("Outcomes", Markup.Escape(string.Join("; ", t.Outcomes.Select(o => o.Primary ? $"{o.Name} (primary)" : o.Name))));
        grid.AddRow("Inclusion", Markup.Escape(string.Join("\n", t.Inclusion.Select(i => "• " + i.Text))));
        grid.AddRow("Exclusion", Markup.Escape(string.Join("\n", t.Exclusion.Select(i => "• " + i.Text))));
        grid.AddRow("Safety", Markup.Escape(t.Safety?.Text ?? "not given"));
        grid.AddRow("Bears on", Markup.Escape(t.Supports.Count == 0 ? "—" : string.Join(", ", t.Supports)));
        grid.AddRow("Source", $"{Markup.Escape(t.Source.ToString())} — {Styles.Verification(t.Source.Verification)}");
        console.Write(grid);
        var reports = new Table().AddColumns("Report", "N analysed", "Findings", "Citation", "Verification");
        foreach (var r in t.Reports)
        {
            reports.AddRow(Markup.Escape(r.Label), r.Analysed?.ToString() ?? "—", Markup.Escape(r.Findings), Markup.Escape(r.Citation), Styles.Verification(r.Source.Verification));
        }

        console.Write(reports);
        foreach (var note in t.Notes)
        {
            console.MarkupLineInterpolated($"[grey]Note: {note}[/]");
        }

        console.MarkupLineInterpolated($"[grey]Knowledge version {kb.Version.Display}[/]");
    }
}
