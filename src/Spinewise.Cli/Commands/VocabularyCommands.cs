using System.CommandLine;
using Spectre.Console;
using Spinewise.Cli.Output;
using Spinewise.Domain;

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
            kb => kb.Interventions.Select(i => new VocabularyEntry(i.Id.Value, i.Label, i.Synonyms, [.. i.Variants.Select(v => v.Id)])));
        yield return List(io, "conditions", "List the condition ids with labels and synonyms (any of these names works where an option takes a condition id).",
            kb => kb.Conditions.Select(c => new VocabularyEntry(c.Id.Value, c.Label, c.Synonyms, null)));
    }

    private static Command List(CliIo io, string name, string description, Func<KnowledgeBase, IEnumerable<VocabularyEntry>> entries)
    {
        var json = CliOptions.Json();
        var command = new Command(name, description) { json };
        command.SetAction(parse =>
        {
            if (KnowledgeSession.Load(parse, io) is not { } kb)
            {
                return ExitCodes.InvalidKnowledge;
            }

            var list = entries(kb).ToList();
            if (parse.GetValue(json))
            {
                JsonOutput.Write(io, new Dictionary<string, object?> { ["knowledgeVersion"] = kb.Version.Sha256, ["count"] = list.Count, [name] = list });
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

    /// <summary>One vocabulary id as listed (and written as JSON).</summary>
    private sealed record VocabularyEntry(string Id, string Label, IReadOnlyList<string> Synonyms, IReadOnlyList<string>? Variants);
}
