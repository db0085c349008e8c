using System.CommandLine;
using Spectre.Console;
using Spinewise.Application.Meta;
using Spinewise.Evidence.Data;
using Spinewise.Evidence.EffectSizes;
using static Spinewise.Application.Meta.Text.MetaNumberText;

namespace Spinewise.Cli.Commands.Meta;

/// <summary><c>spinewise escalc</c>: effect sizes and sampling variances, as metafor's escalc().</summary>
internal static class EscalcCommand
{
    /// <summary>Rows the people view prints when k is above the row limit.</summary>
    internal const int SummaryRows = 10;

    /// <summary>Default row limit of the people view.</summary>
    internal const int DefaultMaxRows = 50;

    public static Command Create(CliIo io)
    {
        var cli = new MetaCli("escalc", "Compute effect sizes (yi) and sampling variances (vi) from study data, as metafor's escalc().", EscalcUseCase.Options, required: "measure");
        var output = new Option<string?>("--out") { Description = "Write the data with yi and vi appended to this CSV file.", HelpName = "FILE" };
        var maxRows = new Option<int?>("--max-rows") { Description = $"Print every row when k is at most N (default {DefaultMaxRows}); above, the first {SummaryRows} rows and a summary (--out or --json give every row).", HelpName = "N" };
        cli.Command.Options.Add(output);
        cli.Command.Options.Add(maxRows);
        return cli.Build(io, parse =>
        {
            var limit = parse.GetValue(maxRows) ?? DefaultMaxRows;
            if (limit < 0)
            {
                io.Error.MarkupLineInterpolated($"[red]error:[/] --max-rows: {limit} is negative (give the number of rows to print in full)");
                return ExitCodes.BadInput;
            }

            var outFile = parse.GetValue(output);
            if (outFile is not null) OutputFile.Check("--out", outFile);
            if (!MetaCli.Succeeded(io, new EscalcUseCase().Run(cli.Request(parse)), out var run)) return ExitCodes.BadInput;
            if (outFile is not null) WriteCsv(outFile, run.Studies.Table, run.Result);
            if (parse.GetValue(cli.Json)) return MetaCli.WriteJson(io, run.Report with { Settings = run.Report.Settings with { Out = outFile } });
            Render(io.Out, run.Result, outFile, limit);
            return ExitCodes.Ok;
        });
    }

    private static void WriteCsv(string path, CsvTable table, EscalcResult result)
    {
        var keep = Enumerable.Range(0, table.Columns.Count).Where(j => table.Columns[j] is not ("yi" or "vi")).ToList();
        OutputFile.Write("--out", path, temp =>
        {
            using var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            CsvWriter.Write(file, table, keep, ["yi", "vi"], [result.Yi, result.Vi]);
            return true;
        });
    }

    private static void Render(IAnsiConsole console, EscalcResult result, string? outFile, int limit)
    {
        int shown = result.K <= limit ? result.K : Math.Min(SummaryRows, result.K);
        var table = new Table().Border(TableBorder.Simple).AddColumns("row", "yi", "vi", "sei");
        for (int i = 0; i < shown; i++)
        {
            table.AddRow((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), F(result.Yi[i]), F(result.Vi[i]), F(Math.Sqrt(result.Vi[i])));
        }

        console.MarkupLineInterpolated($"[bold]escalc[/] measure {result.Measure}, k = {result.K}");
        console.Write(table);
        if (shown < result.K)
        {
            var rest = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{result.K - shown:N0}");
            var where = outFile is null ? "not shown (--out FILE.csv or --json give every row; --max-rows N prints up to N)" : $"in {outFile}";
            console.WriteLine($"... and {rest} more rows (first {shown} of k = {result.K} shown), {where}");
        }

        foreach (var w in result.Warnings) console.MarkupLineInterpolated($"[yellow]Warning:[/] {w}");
        if (outFile is not null) console.WriteLine($"Written to {outFile} (yi, vi appended).");
    }
}
