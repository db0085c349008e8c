using System.CommandLine;
using Spectre.Console;
using Spinewise.Application.Queries;
using Spinewise.Cli.Output;
using Spinewise.Cli.Rendering;
using Spinewise.Domain;
using Spinewise.Domain.Evidence;

namespace Spinewise.Cli.Commands;

/// <summary><c>spinewise syntheses</c>: the evidence syntheses with their estimates and the recommendations they inform.</summary>
internal static class SynthesesCommand
{
    public static Command Create(CliIo io)
    {
        var json = CliOptions.Json();
        var command = new Command("syntheses", "List the evidence syntheses (systematic reviews, network meta-analyses) with their estimates.") { json };
        command.SetAction(parse =>
        {
            if (KnowledgeSession.Load(parse, io) is not { } host)
            {
                return ExitCodes.InvalidKnowledge;
            }

            var kb = host.Knowledge;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(io, new ListSyntheses(host).Execute());
                return ExitCodes.Ok;
            }

            foreach (var s in kb.Syntheses)
            {
                Render(io.Out, s);
            }

            io.Out.MarkupLineInterpolated($"[grey]Knowledge version {kb.Version.Display}[/]");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, EvidenceSynthesis s)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(s.Id)}[/]").LeftJustified());
        console.MarkupLineInterpolated($"{s.Title}");
        var comparator = s.Comparator == Comparator.NotStated ? "comparator not stated" : $"comparator {Styles.Words(s.Comparator)}";
        var counts = $"{(s.Trials is { } trials ? $"{trials} trials" : "number of trials not reported")}, {(s.Participants is { } people ? $"{people} participants" : "participants not reported")}";
        console.MarkupLineInterpolated($"[grey]{s.Citation.Text} — {s.Design}; {comparator}; {counts}[/]");
        if (s.Mid is not null)
        {
            console.MarkupLineInterpolated($"Minimal important difference: {s.Mid.Value} {s.Mid.Unit} ({s.Mid.Outcome})");
        }

        if (s.Informs.Count > 0)
        {
            console.MarkupLineInterpolated($"Informs: {string.Join(", ", s.Informs)}");
        }

        var table = new Table().AddColumns("Intervention", "Agent", "Pain", "Outcome", "Estimate (95% CI)", "Certainty", "Wording", "Verification").KeepIdsWhole(0);
        foreach (var e in s.Estimates)
        {
            var estimate = e.Value is null ? "[grey]not found[/]" : Markup.Escape($"{e.Measure} {e.Value}" + (e.Lower is null ? string.Empty : $" ({e.Lower} to {e.Upper})"));
            table.AddRow(Markup.Escape(e.Intervention.Value), Markup.Escape(e.Agent ?? "—"), Markup.Escape(e.PainType?.ToString().ToLowerInvariant() ?? "—"),
                Markup.Escape($"{e.Outcome}, {e.Timepoint}"), estimate, Markup.Escape(e.Certainty ?? "—"), Markup.Escape(e.Wording ?? "—"), Styles.Verification(e.Source.Verification));
        }

        console.Write(table);
    }
}
