using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spinewise.Application;
using Spinewise.Application.Contracts;
using Spinewise.Application.Evaluations;
using Spinewise.Cli.Output;
using Spinewise.Cli.Rendering;

namespace Spinewise.Cli.Commands;

/// <summary>
/// <c>recommend --cases DIR --out FILE.ndjson</c>: screens the folder's case files (<see cref="ScreenCases"/>) into a
/// temporary file, one line per case (<see cref="NdjsonSink"/>, the contract of <c>recommend --json</c>; with
/// <c>--line compact</c> the screening line of <c>screen</c>, written by the workers), with a progress
/// bar when interactive. One invalid file (or a case id used twice) stops the evaluation: every remaining file is still
/// validated so that every problem is reported, the temporary file is deleted, nothing is written, exit code 2. Prints a
/// summary of statuses.
/// </summary>
internal static class RecommendBatch
{
    public static int Run(CliIo io, KnowledgeHost host, string dir, string outFile, DateOnly? asOf, bool compact = false)
    {
        var folder = Path.GetFullPath(dir);
        if (!Directory.Exists(folder))
        {
            io.Error.MarkupLineInterpolated($"[red]Case folder not found: {folder}[/]");
            return ExitCodes.BadInput;
        }

        string[] files;
        try
        {
            files = [.. Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            io.ErrorWriter.WriteLine($"Cannot read the case folder {dir}: {ex.Message}");
            return ExitCodes.BadInput;
        }

        if (files.Length == 0)
        {
            io.Error.MarkupLineInterpolated($"[red]The folder {folder} holds no case files (*.json).[/]");
            return ExitCodes.BadInput;
        }

        var full = OutputFile.Check("--out", outFile);
        ScreeningSummary? summary = null;
        var clock = Stopwatch.StartNew();
        OutputFile.Write("--out", outFile, temporary =>
        {
            summary = Execute(io, new ScreenCases(host), files, asOf, temporary, compact);
            return summary.Problems.Count == 0;
        });
        clock.Stop();
        if (summary!.Problems.Count > 0)
        {
            DiagnosticPrinter.Print(io.ErrorWriter, summary.Problems, d => d.Code, d => d.ToString());
            io.ErrorWriter.WriteLine($"{summary.InvalidFiles} of {files.Length} case files are invalid or repeat a case id; nothing was written.");
            return ExitCodes.BadInput;
        }

        Summarise(io, summary, clock.Elapsed, full);
        return ExitCodes.Ok;
    }

    private static ScreeningSummary Execute(CliIo io, ScreenCases screen, string[] files, DateOnly? asOf, string temporary, bool compact)
    {
        using var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var sink = new NdjsonSink(stream);
        ScreeningSummary Screen(IProgress<int>? progress) =>
            compact ? screen.ExecuteCompact(files, asOf, stream, progress) : screen.Execute(files, asOf, sink, progress);
        if (!io.Error.Profile.Capabilities.Interactive)
        {
            return Screen(null);
        }

        ScreeningSummary? summary = null;
        io.Error.Progress().Start(ctx =>
        {
            var task = ctx.AddTask("Evaluating cases", maxValue: files.Length);
            summary = Screen(new Progress(done => task.Value = done));
        });
        return summary!;
    }

    private static void Summarise(CliIo io, ScreeningSummary summary, TimeSpan elapsed, string outFile)
    {
        var rate = summary.Evaluated / Math.Max(elapsed.TotalSeconds, 1e-9);
        io.Out.MarkupLineInterpolated($"Evaluated {summary.Evaluated} cases in {elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms ({rate.ToString("0", CultureInfo.InvariantCulture)} cases/s on {Environment.ProcessorCount} cores: reading, validating, evaluating and writing one line each); wrote {outFile}.");
        var table = new Table().AddColumns("Intervention", "Candidate", "Undetermined", "Not a candidate", "Selection not addressed").KeepIdsWhole(0);
        foreach (var c in summary.Counts)
        {
            table.AddRow([Markup.Escape(c.Intervention), .. new[] { c.Candidate, c.Undetermined, c.NotCandidate, c.NotAddressed }.Select(n => n.ToString(CultureInfo.InvariantCulture))]);
        }

        io.Out.Write(table);
        io.Out.MarkupLine($"[grey]{Markup.Escape(RecommendContract.InformsNotice)}[/]");
    }

    /// <summary>Reports progress synchronously (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    private sealed class Progress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
