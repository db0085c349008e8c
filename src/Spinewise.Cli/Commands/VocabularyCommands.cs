using System.CommandLine;
using Spectre.Console;
using Spinewise.Application;
using Spinewise.Application.Contracts;
using Spinewise.Application.Queries;
using Spinewise.Cli.Output;

namespace Spinewise.Cli.Commands;

/// <summary>
/// <c>spinewise interventions</c> and <c>spinewise conditions</c>: the vocabulary's ids with labels and synonyms — the names
/// every option that takes an id accepts, in any letter case.
/// </summary>
internal static class VocabularyCommands
{
    public static IEnumerable<Command> Create(CliIo io)
    {
        yield return List(io, "interventions", "List the intervention ids with labels, synonyms and variants (any of these names works where an option takes an intervention id).",
            host => new ListInterventions(host).Execute() switch { var c => (c, c.Interventions) });
        yield return List(io, "conditions", "List the condition ids with labels and synonyms (any of these names works where an option takes a condition id).",
            host => new ListConditions(host).Execute() switch { var c => (c, c.Conditions) });
    }

    private static Command List(CliIo io, string name, string description, Func<KnowledgeHost, (object Contract, IReadOnlyList<VocabularyEntryJson> Entries)> entries)
    {
        var json = CliOptions.Json();
        var command = new Command(name, description) { json };
        command.SetAction(parse =>
        {
            if (KnowledgeSession.Load(parse, io) is not { } host)
            {
                return ExitCodes.InvalidKnowledge;
            }

            var (contract, list) = entries(host);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(io, contract);
                return ExitCodes.Ok;
            }

            var withVariants = list.Any(e => e.Variants is { Count: > 0 });
            var table = new Table().AddColumn(new TableColumn("Id").NoWrap()).AddColumns("Label", "Synonyms");
            if (withVariants)
            {
                table.AddColumn("Variants");
            }

            foreach (var e in list)
            {
                string[] cells = [Markup.Escape(e.Id), Markup.Escape(e.Label), Markup.Escape(string.Join(", ", e.Synonyms))];
                table.AddRow(withVariants ? [.. cells, Markup.Escape(string.Join(", ", e.Variants ?? []))] : cells);
            }

            io.Out.Write(table);
            io.Out.MarkupLineInterpolated($"{list.Count} {name}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
