using System.CommandLine;
using Spectre.Console;
using Spinewise.Application.Queries;
using Spinewise.Cli.Output;
using Spinewise.Cli.Rendering;
using Spinewise.Domain;
using Spinewise.Domain.Guidelines;

namespace Spinewise.Cli.Commands;

/// <summary><c>spinewise guideline show ID</c>: metadata, every published date with where it appears, scope, grading scheme, topics.</summary>
internal static class GuidelineShowCommand
{
    public static Command Create(CliIo io)
    {
        var json = CliOptions.Json();
        var id = new Argument<string>("id") { Description = "Guideline id, e.g. aspn-2022." };
        var show = new Command("show", "Show a guideline: publication facts, scope, grading scheme and topics.") { id, json };
        show.SetAction(parse =>
        {
            if (KnowledgeSession.Load(parse, io) is not { } host)
            {
                return ExitCodes.InvalidKnowledge;
            }

            if (!new ShowGuideline(host).Execute(parse.GetValue(id)!).TryGetValue(out var contract, out var failure))
            {
                return FailureReport.Report(io, failure);
            }

            if (parse.GetValue(json))
            {
                JsonOutput.Write(io, contract);
            }
            else
            {
                Render(io.Out, host.Knowledge, host.Knowledge.FindGuideline(new GuidelineId(contract.Id))!);
            }

            return ExitCodes.Ok;
        });
        return new Command("guideline", "One guideline.") { show };
    }

    private static void Render(IAnsiConsole console, KnowledgeBase kb, Guideline g)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(g.ShortTitle)}[/] ({Markup.Escape(g.Id.Value)})").LeftJustified());
        var facts = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        facts.AddRow("Title", Markup.Escape(g.Title));
        facts.AddRow("Organisation", Markup.Escape(g.Organisation));
        facts.AddRow("Authors", Markup.Escape(string.Join(", ", g.Authors)));
        facts.AddRow("Citation", Markup.Escape(g.Citation.Text));
        facts.AddRow("DOI / PMID", Markup.Escape($"{g.Citation.Doi ?? "—"} / {g.Citation.Pmid ?? "—"}"));
        foreach (var d in g.PublicationDates)
        {
            facts.AddRow("Published", Markup.Escape($"{d.Date:yyyy-MM-dd} (\"{d.AsPublished}\", {d.Source})"));
        }

        foreach (var d in g.LastUpdated)
        {
            facts.AddRow("Last updated", Markup.Escape($"{d.Date:yyyy-MM-dd} (\"{d.AsPublished}\", {d.Source})"));
        }

        facts.AddRow("Document type", Markup.Escape(g.Details.DocumentType));
        facts.AddRow("Recommendations", Markup.Escape($"{g.Recommendations.Count} ({Rendering.Styles.Kebab(g.Details.RecommendationsStatus)}){(g.Details.RecommendationsNote is null ? string.Empty : " — " + g.Details.RecommendationsNote)}"));
        if (g.Details.Method is not null)
        {
            facts.AddRow("Method", Markup.Escape(g.Details.Method));
        }

        if (g.Details.Panel is not null)
        {
            facts.AddRow("Panel", Markup.Escape(g.Details.Panel));
        }

        if (g.Details.Population is { } population)
        {
            facts.AddRow("Applies to", Markup.Escape(population.AppliesTo));
            foreach (var exclusion in population.Excludes)
            {
                facts.AddRow("Does not apply to", $"{Markup.Escape(exclusion.Text)} [grey]({Markup.Escape(exclusion.Source.ToString())})[/] {Rendering.Styles.Verification(exclusion.Source.Verification)}");
            }
        }

        if (g.Details.NotAddressed.Count > 0)
        {
            facts.AddRow("Not addressed", Markup.Escape(string.Join(", ", g.Details.NotAddressed.Select(n => n.Intervention.Value))));
        }

        foreach (var note in g.Notes)
        {
            facts.AddRow("Note", Markup.Escape(note));
        }

        console.Write(facts);
        if (g.Scope is not null)
        {
            RenderScope(console, g.Scope);
        }

        RenderScheme(console, kb, g);
        var topics = new Table().Title("Topics").AddColumns("#", "Id", "Title", "Recommendations").KeepIdsWhole(1);
        foreach (var t in g.Topics)
        {
            topics.AddRow(t.Order.ToString(), Markup.Escape(t.Id), Markup.Escape(t.Title), g.Recommendations.Count(r => r.TopicId == t.Id).ToString());
        }

        console.Write(topics);
        console.MarkupLineInterpolated($"[grey]Knowledge version {kb.Version.Display}[/]");
    }

    private static void RenderScope(IAnsiConsole console, GuidelineScope s)
    {
        var scope = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        scope.AddRow("Objectives", Markup.Escape(s.Objectives));
        scope.AddRow("Target patients", Markup.Escape(s.TargetPatients));
        scope.AddRow("Target providers", Markup.Escape(s.TargetProviders));
        scope.AddRow("Intended users", Markup.Escape(string.Join(", ", s.IntendedUsers)));
        scope.AddRow("Settings", Markup.Escape(string.Join(", ", s.Settings)));
        scope.AddRow("Inclusion", Markup.Escape(string.Join(", ", s.Inclusion)));
        scope.AddRow("Scope", Markup.Escape(string.Join(", ", s.Areas)));
        scope.AddRow("MeSH", Markup.Escape(string.Join(", ", s.Mesh.Select(m => $"{m.Code} {m.Display}"))));
        scope.AddRow("Keywords", Markup.Escape(string.Join(", ", s.Keywords)));
        scope.AddRow("Source", Markup.Escape(s.Source.ToString()));
        console.Write(new Panel(scope).Header("Scope"));
    }

    private static void RenderScheme(IAnsiConsole console, KnowledgeBase kb, Guideline g)
    {
        var scheme = kb.SchemeOf(g);
        console.MarkupLineInterpolated($"[bold]Grading scheme[/] {scheme.Id}: {scheme.Name}");
        console.MarkupLineInterpolated($"[grey]{scheme.Basis}[/]");
        var grades = new Table().AddColumns("Grade", "Meaning", "Suggested practice");
        foreach (var grade in scheme.Grades)
        {
            grades.AddRow(Markup.Escape(grade.Code), Markup.Escape(grade.Meaning), Markup.Escape(grade.SuggestedPractice ?? "—"));
        }

        console.Write(grades);
        var levels = new Table().AddColumns("Level", "Definition", "Published spellings");
        foreach (var level in scheme.Levels)
        {
            var spellings = scheme.LevelVariants.Where(v => v.Level == level.Code).Select(v => $"\"{v.AsPublished}\"");
            levels.AddRow(Markup.Escape(level.Code), level.Definition is null ? "[grey]not addressed[/]" : Markup.Escape(level.Definition), Markup.Escape(string.Join(", ", spellings)));
        }

        console.Write(levels);
        var certainty = new Table().AddColumns("Certainty", "Vocabulary", "Normalised", "Meaning");
        foreach (var c in scheme.CertaintyLabels)
        {
            certainty.AddRow(Markup.Escape(c.Label), Markup.Escape(c.Vocabulary.ToString()), c.Normalised?.ToString() ?? "[grey]not mapped[/]",
                c.Meaning is null ? "[grey]not addressed[/]" : Markup.Escape(c.Meaning));
        }

        console.Write(certainty);
        if (scheme.CertaintyMixesVocabularies && scheme.CertaintyNote is not null)
        {
            console.MarkupLineInterpolated($"[yellow]Caution:[/] {scheme.CertaintyNote}");
        }
    }
}
