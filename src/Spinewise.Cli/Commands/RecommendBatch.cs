using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spinewise.Cli.Rendering;
using Spinewise.Cli.Output;
using Spinewise.Domain;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Diagnostics;

namespace Spinewise.Cli.Commands;

/// <summary>
/// <c>recommend --cases DIR --out FILE.ndjson</c>: streams the folder in chunks — each chunk's files read, validated and
/// evaluated in parallel, its lines (<see cref="ScreeningWriter"/>) written in file-name order to a temporary file — so
/// memory stays bounded whatever the folder's size. One invalid file (or a case id used twice) stops the evaluation:
/// every remaining file is still validated so that every problem is reported, the temporary file is deleted, nothing is
/// written, exit code 2. Prints a summary of statuses.
/// </summary>
internal static class RecommendBatch
{
    private const int ChunkSize = 2048;

    public static int Run(CliIo io, KnowledgeBase kb, DecisionEngine engine, string dir, string outFile, DateOnly today)
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
        var run = new BatchRun(kb, engine, files, today);
        var clock = Stopwatch.StartNew();
        OutputFile.Write("--out", outFile, temporary =>
        {
            Execute(io, run, temporary);
            return run.Problems.Count == 0;
        });
        clock.Stop();
        if (run.Problems.Count > 0)
        {
            RecommendCommand.Report(io, run.Problems);
            io.ErrorWriter.WriteLine($"{run.InvalidFiles} of {files.Length} case files are invalid or repeat a case id; nothing was written.");
            return ExitCodes.BadInput;
        }

        Summarise(io, engine, run, clock.Elapsed, full);
        return ExitCodes.Ok;
    }

    private static void Execute(CliIo io, BatchRun run, string temporary)
    {
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            if (io.Error.Profile.Capabilities.Interactive)
            {
                io.Error.Progress().Start(ctx =>
                {
                    var task = ctx.AddTask("Evaluating cases", maxValue: run.FileCount);
                    run.Execute(stream, done => task.Value = done);
                });
            }
            else
            {
                run.Execute(stream, null);
            }
        }
    }

    private static void Summarise(CliIo io, DecisionEngine engine, BatchRun run, TimeSpan elapsed, string outFile)
    {
        var rate = run.Evaluated / Math.Max(elapsed.TotalSeconds, 1e-9);
        io.Out.MarkupLineInterpolated($"Evaluated {run.Evaluated} cases in {elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms ({rate.ToString("0", CultureInfo.InvariantCulture)} cases/s on {Environment.ProcessorCount} cores: reading, validating, evaluating and writing one line each); wrote {outFile}.");
        CandidateStatus[] columns = [CandidateStatus.Candidate, CandidateStatus.Undetermined, CandidateStatus.NotCandidate, CandidateStatus.NotAddressed];
        var table = new Table().AddColumns("Intervention", "Candidate", "Undetermined", "Not a candidate", "Selection not addressed").KeepIdsWhole(0);
        for (var p = 0; p < engine.Interventions.Count; p++)
        {
            table.AddRow([Markup.Escape(engine.Interventions[p].Value), .. columns.Select(c => run.Counts[p, (int)c].ToString(CultureInfo.InvariantCulture))]);
        }

        io.Out.Write(table);
        io.Out.MarkupLine($"[grey]{Markup.Escape(RecommendJson.InformsNotice)}[/]");
    }

    /// <summary>The state of one folder run: status counts, problems found, cases evaluated.</summary>
    private sealed class BatchRun(KnowledgeBase kb, DecisionEngine engine, string[] files, DateOnly today)
    {
        private readonly ScreeningWriter _writer = new(engine);
        private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

        public int[,] Counts { get; } = new int[engine.Interventions.Count, 4];

        public List<Diagnostic> Problems { get; } = [];

        public int InvalidFiles { get; private set; }

        public int Evaluated { get; private set; }

        public int FileCount => files.Length;

        public void Execute(Stream output, Action<int>? progress)
        {
            var lines = new byte[ChunkSize][];
            var statuses = new CandidateStatus[ChunkSize][];
            var problems = new IReadOnlyList<Diagnostic>[ChunkSize];
            var ids = new string?[ChunkSize];
            for (var start = 0; start < files.Length; start += ChunkSize)
            {
                var count = Math.Min(ChunkSize, files.Length - start);
                var evaluate = Problems.Count == 0;
                Parallel.For(0, count, () => new ArrayBufferWriter<byte>(1 << 15), (i, _, buffer) =>
                {
                    var path = files[start + i];
                    var read = Read(path);
                    (problems[i], ids[i], lines[i], statuses[i]) = (read.Diagnostics, read.TryGetValue(out var patient) ? patient.Id : null, [], []);
                    if (patient is not null && evaluate)
                    {
                        var report = engine.Evaluate(patient, today);
                        buffer.ResetWrittenCount();
                        _writer.Write(report, buffer);
                        buffer.Write("\n"u8);
                        (lines[i], statuses[i]) = (buffer.WrittenSpan.ToArray(), [.. report.Interventions.Select(a => a.Status)]);
                    }

                    return buffer;
                }, _ => { });
                Collect(output, start, count, lines, statuses, problems, ids);
                progress?.Invoke(start + count);
            }
        }

        private Result<PatientCase> Read(string path)
        {
            var name = Path.GetRelativePath(Environment.CurrentDirectory, path);
            try
            {
                return CaseJsonReader.Read(File.ReadAllBytes(path), name, kb);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return Result<PatientCase>.Failure([new Diagnostic(CaseDiagnosticCodes.MalformedJson, new DiagnosticLocation(name, 1, 1, "$"), $"cannot read the file: {ex.Message}")]);
            }
        }

        private void Collect(Stream output, int start, int count, byte[][] lines, CandidateStatus[][] statuses, IReadOnlyList<Diagnostic>[] problems, string?[] ids)
        {
            for (var i = 0; i < count; i++)
            {
                if (problems[i].Count > 0)
                {
                    Problems.AddRange(problems[i]);
                    InvalidFiles++;
                    continue;
                }

                var file = Path.GetFileName(files[start + i]);
                if (!_ids.TryAdd(ids[i]!, file))
                {
                    Problems.Add(new Diagnostic(CaseDiagnosticCodes.Duplicate, new DiagnosticLocation(files[start + i], 1, 1, "$.id"), $"case id '{ids[i]}' is also the id of {_ids[ids[i]!]}"));
                    InvalidFiles++;
                    continue;
                }

                if (Problems.Count == 0)
                {
                    output.Write(lines[i]);
                    for (var p = 0; p < statuses[i].Length; p++)
                    {
                        Counts[p, (int)statuses[i][p]]++;
                    }

                    Evaluated++;
                }
            }
        }
    }
}
