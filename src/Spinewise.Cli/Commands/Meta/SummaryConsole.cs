using Spectre.Console;
using Spinewise.Application.Meta.Text;

namespace Spinewise.Cli.Commands.Meta;

/// <summary>Writes a metafor-style summary (<see cref="RmaSummary"/>) to the terminal: headings bold, tables with a simple border, warnings yellow, notes grey.</summary>
internal static class SummaryConsole
{
    public static void Write(IAnsiConsole console, IEnumerable<SummaryBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case SummaryLine { Emphasis: SummaryEmphasis.None } line:
                    console.WriteLine(line.Text);
                    break;
                case SummaryLine { Emphasis: SummaryEmphasis.Heading } line:
                    console.MarkupLine($"[bold]{Markup.Escape(line.Lead)}[/]{Markup.Escape(line.Text)}");
                    break;
                case SummaryLine { Emphasis: SummaryEmphasis.Warning } line:
                    console.MarkupLine($"[yellow]{Markup.Escape(line.Lead)}[/]{Markup.Escape(line.Text)}");
                    break;
                case SummaryLine line:
                    console.MarkupLine($"[grey]{Markup.Escape(line.Lead + line.Text)}[/]");
                    break;
                case SummaryTable table:
                    console.Write(Table(table));
                    break;
                default:
                    console.WriteLine();
                    break;
            }
        }
    }

    private static Table Table(SummaryTable summary)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns([.. summary.Header.Select(Markup.Escape)]);
        foreach (var row in summary.Rows)
        {
            table.AddRow([.. row.Select(Markup.Escape)]);
        }

        return table;
    }
}
