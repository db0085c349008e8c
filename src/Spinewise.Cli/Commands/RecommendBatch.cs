using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Spinewise.Cli.Output;
using Spinewise.Domain;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Decisions;

namespace Spinewise.Cli.Commands;

/// <summary>
/// <c>recommend --cases DIR --out FILE.ndjson</c>: validates every case first (nothing is evaluated or written if any is
/// invalid), evaluates them in parallel, writes one report per line (<see cref="ScreeningJson"/>) in file-name order
/// through a temporary file, and prints a summary.
/// </summary>
internal static class RecommendBatch
{
    private static readonly JsonSerializerOptions Compact = new(JsonOutput.Options) { WriteIndented = false };

    public static int Run(CliIo io, KnowledgeBase kb, DecisionEngine engine, string dir, string outFile, DateOnly today)
    {
        var folder = Path.GetFullPath(dir);
        if (!Directory.Exists(folder))
        {
            io.Error.MarkupLineInterpolated($"[red]Case folder not found: {folder}[/]");
            return ExitCodes.BadInput;
        }

        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            io.Error.MarkupLineInterpolated($"[red]The folder {folder} holds no case files (*.json).[/]");
            return ExitCodes.BadInput;
        }

        var cases = new PatientCase?[files.Length];
        var problems = new List<CaseDiagnostic>[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            var result = CaseJsonReader.Read(File.ReadAllBytes(files[i]), Path.GetRelativePath(Environment.CurrentDirectory, files[i]), kb);
            (cases[i], problems[i]) = (result.Case, [.. result.Diagnostics]);
        });
        var invalid = problems.Where(p => p.Count > 0).ToList();
        if (invalid.Count > 0)
        {
            RecommendCommand.Report(io, [.. invalid.SelectMany(p => p)]);
            io.ErrorWriter.WriteLine($"{invalid.Count} of {files.Length} case files are invalid; nothing was evaluated or written.");
            return ExitCodes.BadInput;
        }

        var duplicate = cases.GroupBy(c => c!.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            io.Error.MarkupLineInterpolated($"[red]Case id '{duplicate.Key}' is used by more than one file; nothing was evaluated or written.[/]");
            return ExitCodes.BadInput;
        }

        var lines = new string[files.Length];
        var statuses = new CandidateStatus[files.Length][];
        var clock = Stopwatch.StartNew();
        void Evaluate(Action? tick) => Parallel.For(0, files.Length, i =>
        {
            var report = engine.Evaluate(cases[i]!, today);
            statuses[i] = report.Interventions.Select(a => a.Status).ToArray();
            lines[i] = JsonSerializer.Serialize(ScreeningJson.From(report), Compact);
            tick?.Invoke();
        });
        if (io.Error.Profile.Capabilities.Interactive)
        {
            io.Error.Progress().Start(ctx =>
            {
                var task = ctx.AddTask("Evaluating cases", maxValue: files.Length);
                Evaluate(() => task.Increment(1));
            });
        }
        else
        {
            Evaluate(null);
        }

        clock.Stop();
        Write(outFile, lines);
        Summarise(io, engine, statuses, clock.Elapsed, Path.GetFullPath(outFile));
        return ExitCodes.Ok;
    }

    private static void Write(string outFile, string[] lines)
    {
        var full = Path.GetFullPath(outFile);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".partial";
        File.WriteAllLines(temporary, lines);
        File.Move(temporary, full, overwrite: true);
    }

    private static void Summarise(CliIo io, DecisionEngine engine, CandidateStatus[][] statuses, TimeSpan elapsed, string outFile)
    {
        var rate = statuses.Length / Math.Max(elapsed.TotalSeconds, 1e-9);
        io.Out.MarkupLineInterpolated($"Evaluated {statuses.Length} cases in {elapsed.TotalMilliseconds.ToString("0.#", CultureInfo.InvariantCulture)} ms ({rate.ToString("0", CultureInfo.InvariantCulture)} cases/s, evaluation and JSON); wrote {outFile}.");
        var table = new Table().AddColumns("Intervention", "Candidate", "Undetermined", "Not a candidate", "Selection not addressed");
        for (var p = 0; p < engine.Interventions.Count; p++)
        {
            var counts = Enum.GetValues<CandidateStatus>().Select(s => statuses.Count(row => row[p] == s).ToString(CultureInfo.InvariantCulture)).ToArray();
            table.AddRow([Markup.Escape(engine.Interventions[p].Value), .. counts]);
        }

        io.Out.Write(table);
        io.Out.MarkupLine($"[grey]{Markup.Escape(RecommendJson.InformsNotice)}[/]");
    }
}
