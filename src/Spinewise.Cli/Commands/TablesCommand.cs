using System.CommandLine;
using Spectre.Console;
using Spinewise.Application.Queries;
using Spinewise.Cli.Output;
using Spinewise.Domain.Guidelines;

namespace Spinewise.Cli.Commands;

/// <summary><c>spinewise tables --guideline ID</c>: a guideline's tables, items verbatim.</summary>
internal static class TablesCommand
{
    public static Command Create(CliIo io)
    {
        var json = CliOptions.Json();
        var guideline = new Option<string>("--guideline") { Description = "Guideline id, e.g. aspn-2022.", HelpName = "ID", Required = true };
        var command = new Command("tables", "Show a guideline's tables as structured data.") { guideline, json };
        command.SetAction(parse =>
        {
            if (KnowledgeSession.Load(parse, io) is not { } host)
            {
                return ExitCodes.InvalidKnowledge;
            }

            if (!new ListTables(host).Execute(parse.GetValue(guideline)!).TryGetValue(out var contract, out var failure))
            {
                return FailureReport.Report(io, failure);
            }

            var id = contract.Guideline;
            var tables = host.Knowledge.TablesOf(new GuidelineId(id));
            if (parse.GetValue(json))
            {
                JsonOutput.Write(io, contract);
                return ExitCodes.Ok;
            }

            foreach (var table in tables)
            {
                Render(io.Out, table);
            }

            if (tables.Count == 0)
            {
                io.Out.MarkupLineInterpolated($"Guideline {id} has no tables in the knowledge.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, GuidelineTable table)
    {
        var tree = new Tree($"[bold]{Markup.Escape(table.Title)}[/] [grey]({Markup.Escape(table.Id)}; {table.ItemCount} items; {Markup.Escape(table.Source.ToString())})[/]");
        foreach (var section in table.Sections)
        {
            var node = tree.AddNode($"[underline]{Markup.Escape(section.Label)}[/] ({section.Items.Count})");
            foreach (var item in section.Items)
            {
                var itemNode = node.AddNode(Markup.Escape(item.Text) + (item.Note is null ? string.Empty : $" [grey]— {Markup.Escape(item.Note)}[/]"));
                foreach (var sub in item.SubItems)
                {
                    itemNode.AddNode(Markup.Escape(sub));
                }
            }
        }

        console.Write(tree);
        if (table.Note is not null)
        {
            console.MarkupLineInterpolated($"[yellow]Note:[/] {table.Note}");
        }

        console.WriteLine();
    }
}
