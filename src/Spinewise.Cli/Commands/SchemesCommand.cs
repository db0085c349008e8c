using System.CommandLine;
using Spectre.Console;
using Spinewise.Application.Queries;
using Spinewise.Cli.Output;
using Spinewise.Domain;
using Spinewise.Domain.Grading;

namespace Spinewise.Cli.Commands;

/// <summary><c>spinewise schemes</c>: the grading schemes side by side, each label with its explicit common-scale mapping.</summary>
internal static class SchemesCommand
{
    public static Command Create(CliIo io)
    {
        var json = CliOptions.Json();
        var command = new Command("schemes", "Show the grading schemes side by side: grades, levels, strengths and certainty, with how each maps (or does not) onto the common scales.") { json };
        command.SetAction(parse =>
        {
            if (KnowledgeSession.Load(parse, io) is not { } host)
            {
                return ExitCodes.InvalidKnowledge;
            }

            if (parse.GetValue(json))
            {
                JsonOutput.Write(io, new ListSchemes(host).Execute());
                return ExitCodes.Ok;
            }

            var kb = host.Knowledge;
            Render(io.Out, kb);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, KnowledgeBase kb)
    {
        var table = new Table().AddColumns("Scheme", "Used by", "Grades", "Levels", "Strength → common scale", "Certainty → common scale");
        foreach (var s in kb.GradingSchemes)
        {
            var usedBy = string.Join(", ", kb.Guidelines.Where(g => g.GradingScheme == s.Id).Select(g => g.Id.Value));
            table.AddRow(
                Markup.Escape($"{s.Id}\n{s.Name}"),
                Markup.Escape(usedBy.Length == 0 ? "—" : usedBy),
                Markup.Escape(s.Grades.Count == 0 ? "none" : string.Join(", ", s.Grades.Select(g => g.Code))),
                Markup.Escape(s.Levels.Count == 0 ? "none" : string.Join(", ", s.Levels.Select(l => l.Definition is null ? $"{l.Code} (undefined)" : l.Code))),
                Markup.Escape(s.Strengths.Count == 0 ? "none stated" : string.Join("\n", s.Strengths.Select(x => $"{x.Label} → {x.Normalised.ToString().ToLowerInvariant()}"))),
                Markup.Escape(s.CertaintyLabels.Count == 0 ? "none" : string.Join("\n", s.CertaintyLabels.Select(Certainty))));
        }

        console.Write(table);
        console.MarkupLine("[grey]Grades are never converted into another system: a recommendation keeps its own grade, and a common-scale value appears only where a scheme maps a label explicitly (with its source). ASPN's grades carry no strength, and its \"Strong\"/\"Weak\" certainty labels are undefined, so they stay unmapped.[/]");
    }

    private static string Certainty(CertaintyLabel c) =>
        c.Normalised is null ? $"{c.Label} → not mapped ({Rendering.Styles.Kebab(c.Vocabulary)})" : $"{c.Label} → {Rendering.Styles.Kebab(c.Normalised!.Value)}";
}
