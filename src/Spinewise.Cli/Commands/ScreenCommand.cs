using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Spectre.Console;
using Spinewise.Application;
using Spinewise.Application.Contracts;
using Spinewise.Application.Json;
using Spinewise.Application.Screening;
using Spinewise.Cli.Output;
using Spinewise.Cli.Rendering;
using Spinewise.Fhir.Bulk;

namespace Spinewise.Cli.Commands;

/// <summary>
/// <c>spinewise screen EXPORT_DIR --out REPORT_DIR</c>: population screening of a FHIR Bulk Data export (docs/screening.md).
/// The report is written to a temporary folder beside REPORT_DIR and moved into place at the end, so an interrupted run
/// (Ctrl-C, an error) leaves nothing half-written.
/// </summary>
internal static class ScreenCommand
{
    public static Command Create(CliIo io)
    {
        var export = new Argument<string>("EXPORT_DIR") { Description = "The export folder: Patient, Condition, Observation, Procedure, ServiceRequest .ndjson (also .ndjson.gz, numbered parts)." };
        var output = new Option<string?>("--out") { Description = "The report folder to create (it must not exist, or be empty).", HelpName = "REPORT_DIR" };
        var asOf = new Option<string?>("--as-of") { Description = "Evaluate as of this date (YYYY-MM-DD); default today.", HelpName = "DATE" };
        var shard = new Option<string?>("--shard") { Description = "Only the patients whose id hashes to shard I of N (0 ≤ I < N), e.g. 0/4.", HelpName = "I/N" };
        var format = new Option<string?>("--format") { Description = "The per-patient files to write: ndjson, csv or both (default ndjson,csv); summary.json always.", HelpName = "ndjson,csv" };
        var command = new Command("screen", "Screens a FHIR Bulk Data export: every patient's chart mapped and evaluated, a line per patient, a row per patient and procedure, and a summary.")
        {
            export, output, asOf, shard, format,
        };
        command.Subcommands.Add(ScreenMerge.Create(io));
        command.SetAction(parse =>
        {
            if (parse.GetValue(output) is not { Length: > 0 } outDir)
            {
                return Usage(io, "give --out REPORT_DIR");
            }

            if (!TryDate(parse.GetValue(asOf), out var date))
            {
                return Usage(io, $"--as-of '{parse.GetValue(asOf)}' is not a date as YYYY-MM-DD");
            }

            var part = BulkShard.All;
            if (parse.GetValue(shard) is { } text && !BulkShard.TryParse(text, out part, out var error))
            {
                return Usage(io, $"--shard {error}");
            }

            if (!TryFormats(parse.GetValue(format), out var ndjson, out var csv))
            {
                return Usage(io, $"--format '{parse.GetValue(format)}' is not ndjson, csv or ndjson,csv");
            }

            return Run(io, parse, parse.GetValue(export)!, outDir, date, part, ndjson, csv);
        });
        return command;
    }

    private static int Run(CliIo io, ParseResult parse, string exportDir, string outDir, DateOnly? asOf, BulkShard shard, bool ndjson, bool csv)
    {
        var folder = Path.GetFullPath(exportDir);
        if (!Directory.Exists(folder))
        {
            io.ErrorWriter.WriteLine($"Export folder not found: {folder}");
            return ExitCodes.BadInput;
        }

        IReadOnlyList<BulkFile> files;
        try
        {
            files = BulkExport.Find(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            io.ErrorWriter.WriteLine($"Cannot read the export folder {exportDir}: {ex.Message}");
            return ExitCodes.BadInput;
        }

        if (files.Count == 0)
        {
            io.ErrorWriter.WriteLine($"The folder {folder} holds no NDJSON files of the types read ({string.Join(", ", BulkExport.ResourceTypes)} as TYPE.ndjson, TYPE.NNN.ndjson or .ndjson.gz).");
            return ExitCodes.BadInput;
        }

        var target = Path.GetFullPath(outDir);
        if (ScreeningReport.TargetProblem(target) is { } problem)
        {
            io.ErrorWriter.WriteLine($"--out {outDir}: {problem}.");
            return ExitCodes.BadInput;
        }

        if (KnowledgeSession.Load(parse, io) is not { } host)
        {
            return ExitCodes.InvalidKnowledge;
        }

        using var stop = new CancellationTokenSource();
        var signalled = 0;
        void OnSignal(PosixSignalContext context)
        {
            // stop at the next line or chunk and clean up, rather than end the process with the temporary folder left
            context.Cancel = true;
            signalled = context.Signal == PosixSignal.SIGTERM ? 15 : 2;
            stop.Cancel();
        }

        PosixSignalRegistration[] signals = OperatingSystem.IsWindows() || OperatingSystem.IsBrowser()
            ? []
            : [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];
        try
        {
            var clock = Stopwatch.StartNew();
            var summary = Execute(io, new ScreeningReport(host), files, target, new ScreeningOptions(asOf, shard, ndjson, csv), stop.Token);
            clock.Stop();
            Summarise(io, summary, clock.Elapsed, target);
            return ExitCodes.Ok;
        }
        catch (OperationCanceledException)
        {
            io.ErrorWriter.WriteLine("Stopped; no report was written.");
            return 128 + signalled;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            io.ErrorWriter.WriteLine($"Cannot screen {exportDir} into {outDir}: {ex.Message}; no report was written.");
            return ExitCodes.BadInput;
        }
        finally
        {
            Array.ForEach(signals, s => s.Dispose());
        }
    }

    private static ExportScreeningSummary Execute(CliIo io, ScreeningReport report, IReadOnlyList<BulkFile> files, string target, ScreeningOptions options,
        CancellationToken cancellation)
    {
        if (!io.Error.Profile.Capabilities.Interactive)
        {
            return report.Write(files, target, options, null, cancellation);
        }

        ExportScreeningSummary? summary = null;
        io.Error.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                // the first bar reads the export in bytes; the second screens the partitions, its ETA from their share done
                var reading = ctx.AddTask("Reading, partitioning by patient", maxValue: 1);
                var screening = ctx.AddTask("Screening patients", autoStart: false, maxValue: 1000);
                var clock = Stopwatch.StartNew();
                summary = report.Write(files, target, options, new Progress(p =>
                {
                    reading.MaxValue = Math.Max(p.Bytes, 1);
                    reading.Value = p.BytesRead;
                    if (p.Screened <= 0)
                    {
                        var speed = p.BytesRead / 1e6 / Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
                        reading.Description = $"Reading, partitioning by patient: {(p.BytesRead / 1e6).ToString("N0", CultureInfo.InvariantCulture)} of {(p.Bytes / 1e6).ToString("N0", CultureInfo.InvariantCulture)} MB, {speed.ToString("N0", CultureInfo.InvariantCulture)} MB/s";
                    }
                    else
                    {
                        if (!screening.IsStarted)
                        {
                            reading.StopTask();
                            screening.StartTask();
                            clock.Restart();
                        }

                        screening.Value = p.Screened * 1000;
                        var rate = p.Patients / Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
                        screening.Description = $"Screening patients: {p.Patients.ToString("N0", CultureInfo.InvariantCulture)} done, {rate.ToString("N0", CultureInfo.InvariantCulture)}/s";
                    }
                }), cancellation);
                screening.Value = screening.MaxValue;
            });
        return summary!;
    }

    private static void Summarise(CliIo io, ExportScreeningSummary s, TimeSpan elapsed, string target)
    {
        string N(double value) => value.ToString("0", CultureInfo.InvariantCulture);
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        var bad = s.BadLines.Sum(b => b.Count);
        io.Out.MarkupLineInterpolated($"Screened {s.PatientsRead} patients ({s.Mapped} mapped, {s.Evaluated} evaluated, {s.NotAboutLowBackPain} not about low back pain, {s.InvalidCases} invalid cases) from {s.Files} files, {bad} bad lines, in {N(elapsed.TotalMilliseconds)} ms ({N(s.PatientsRead / seconds)} patients/s, {N(s.Bytes / seconds / 1e6)} MB/s); wrote {target}.");
        var table = new Table().AddColumns("Intervention", "Candidate", "Undetermined", "Not a candidate", "Selection not addressed").KeepIdsWhole(0);
        foreach (var c in s.Counts)
        {
            table.AddRow([Markup.Escape(c.Intervention), .. new[] { c.Candidate, c.Undetermined, c.NotCandidate, c.NotAddressed }.Select(n => n.ToString(CultureInfo.InvariantCulture))]);
        }

        io.Out.Write(table);
        io.Out.MarkupLine($"[grey]{Markup.Escape(RecommendContract.InformsNotice)}[/]");
    }

    private static bool TryFormats(string? text, out bool ndjson, out bool csv)
    {
        (ndjson, csv) = (text is null, text is null);
        if (text is null)
        {
            return true;
        }

        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries))
        {
            switch (item)
            {
                case "ndjson":
                    ndjson = true;
                    break;
                case "csv":
                    csv = true;
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            date = value;
            return true;
        }

        return false;
    }

    private static int Usage(CliIo io, string message)
    {
        io.ErrorWriter.WriteLine($"{message}.");
        io.ErrorWriter.WriteLine("Run 'spinewise screen --help' for usage.");
        return ExitCodes.BadInput;
    }

    /// <summary>Reports progress synchronously.</summary>
    private sealed class Progress(Action<ScreeningProgress> report) : IProgress<ScreeningProgress>
    {
        public void Report(ScreeningProgress value) => report(value);
    }
}
