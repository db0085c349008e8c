using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Spinewise.Application.Evaluations;
using Spinewise.Application.Screening;
using Spinewise.Cli.Output;
using Spinewise.Fhir.Bulk;

namespace Spinewise.Cli.Commands;

/// <summary>
/// <c>spinewise screen merge REPORT_DIR... --out REPORT_DIR</c>: combines the reports of shards 0/N … N-1/N of one
/// export into the report one run over the whole export writes. Each shard lists its patients in (id hash, id) order and
/// shard 0 alone reports the lines that name no patient, so the files merge line by line.
/// </summary>
internal static class ScreenMerge
{
    private static readonly string[] Keyed = ["patients.ndjson", "patients.csv", "invalid-cases.csv", "audit.csv"];

    public static Command Create(CliIo io)
    {
        var reports = new Argument<string[]>("REPORT_DIR") { Description = "The shard reports (each written by screen --shard I/N).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out") { Description = "The merged report folder to create (it must not exist, or be empty).", HelpName = "REPORT_DIR" };
        var command = new Command("merge", "Combines the shard reports of one export into the report of the whole export.") { reports, output };
        command.SetAction(parse => parse.GetValue(output) is { Length: > 0 } target
            ? Run(io, parse.GetValue(reports)!, target)
            : Usage(io, "give --out REPORT_DIR"));
        return command;
    }

    private static int Run(CliIo io, string[] reports, string outDir)
    {
        var shards = new List<(string Folder, JsonElement Summary, BulkShard Shard)>();
        foreach (var report in reports)
        {
            var summary = Path.Combine(Path.GetFullPath(report), "summary.json");
            if (!File.Exists(summary))
            {
                return Usage(io, $"{report} is not a screening report (no summary.json)");
            }

            try
            {
                var json = JsonDocument.Parse(File.ReadAllBytes(summary)).RootElement;
                if (!BulkShard.TryParse(json.GetProperty("shard").GetString() ?? string.Empty, out var shard, out var error))
                {
                    return Usage(io, $"{summary}: shard — {error}");
                }

                shards.Add((Path.GetFullPath(report), json, shard));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                return Usage(io, $"{summary}: not a screening summary ({ex.Message})");
            }
        }

        shards.Sort((a, b) => a.Shard.Index.CompareTo(b.Shard.Index));
        var first = shards[0].Summary;
        var count = shards[0].Shard.Count;
        if (shards.Select((s, i) => s.Shard != new BulkShard(i, count)).Any(wrong => wrong) || shards.Count != count)
        {
            return Usage(io, $"the reports are shards {string.Join(", ", shards.Select(s => s.Shard))}, not each of 0/{count} … {count - 1}/{count} once");
        }

        foreach (var field in new[] { "knowledgeVersion", "asOf", "files", "bytes", "lines" })
        {
            if (shards.FirstOrDefault(s => s.Summary.GetProperty(field).GetRawText() != first.GetProperty(field).GetRawText()) is { Folder: { } other })
            {
                return Usage(io, $"{other} has another {field} than {shards[0].Folder}: not shards of one run");
            }
        }

        var target = Path.GetFullPath(outDir);
        if (ScreeningReport.TargetProblem(target) is { } problem)
        {
            return Usage(io, $"--out {outDir}: {problem}");
        }

        try
        {
            var summary = ScreeningReport.WriteAtomically(target, temporary =>
            {
                foreach (var name in Keyed.Where(n => File.Exists(Path.Combine(shards[0].Folder, n))))
                {
                    Merge(shards.Select(s => Path.Combine(s.Folder, name)).ToList(), Path.Combine(temporary, name), header: name.EndsWith(".csv", StringComparison.Ordinal), KeyOf(name));
                }

                var badLines = MergeBadLines(shards.Select(s => Path.Combine(s.Folder, "bad-lines.csv")).ToList(), Path.Combine(temporary, "bad-lines.csv"));
                var merged = Summary(shards.Select(s => s.Summary).ToList(), badLines);
                var asOf = DateOnly.ParseExact(first.GetProperty("asOf").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                ScreeningReport.WriteSummary(temporary, ScreeningSummaryJson.From(first.GetProperty("knowledgeVersion").GetString()!, asOf, BulkShard.All, merged), merged);
                return merged;
            });
            io.OutWriter.WriteLine($"Merged {count} shard reports ({summary.PatientsRead} patients, {summary.Evaluated} evaluated) into {target}.");
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            io.ErrorWriter.WriteLine($"Cannot merge into {outDir}: {ex.Message}; nothing was written.");
            return ExitCodes.BadInput;
        }
    }

    private static Func<string, string> KeyOf(string name) => name == "patients.ndjson"
        ? line => JsonDocument.Parse(line).RootElement.GetProperty("patient").GetString()!
        : line => ScreeningCsv.Fields(line)[0];

    /// <summary>A k-way merge of files sorted by (hash of key, key); lines of one key stay in their file's order.</summary>
    private static void Merge(List<string> inputs, string output, bool header, Func<string, string> key)
    {
        var readers = inputs.Select(File.OpenText).ToList();
        try
        {
            using var writer = new StreamWriter(output, false, new UTF8Encoding(false)) { NewLine = "\n" };
            if (header)
            {
                var first = readers.Select(r => r.ReadLine()).ToList()[0];
                writer.WriteLine(first);
            }

            var queue = new PriorityQueue<(string Line, int Reader), (ulong Hash, string Key, int Reader)>(Comparer<(ulong Hash, string Key, int Reader)>.Create(Compare));
            void Next(int r)
            {
                if (readers[r].ReadLine() is { } line)
                {
                    var k = key(line);
                    queue.Enqueue((line, r), (BulkExport.Hash(k), k, r));
                }
            }

            for (var r = 0; r < readers.Count; r++)
            {
                Next(r);
            }

            while (queue.TryDequeue(out var item, out _))
            {
                writer.WriteLine(item.Line);
                Next(item.Reader);
            }
        }
        finally
        {
            readers.ForEach(r => r.Dispose());
        }
    }

    private static int Compare((ulong Hash, string Key, int Reader) a, (ulong Hash, string Key, int Reader) b) =>
        a.Hash != b.Hash ? a.Hash.CompareTo(b.Hash) : string.CompareOrdinal(a.Key, b.Key) is var c && c != 0 ? c : a.Reader.CompareTo(b.Reader);

    /// <summary>Lines naming no patient first (shard 0 alone has them), then the others by (hash, patient); returns them parsed.</summary>
    private static List<BulkBadLine> MergeBadLines(List<string> inputs, string output)
    {
        var unattributed = string.Join('\n', inputs.SelectMany(i => File.ReadLines(i).Skip(1)).Where(l => ScreeningCsv.Fields(l)[3].Length == 0));
        var attributed = output + ".attributed";
        var filtered = inputs.Select((input, i) =>
        {
            var path = $"{output}.{i.ToString(CultureInfo.InvariantCulture)}";
            File.WriteAllLines(path, File.ReadLines(input).Take(1).Concat(File.ReadLines(input).Skip(1).Where(l => ScreeningCsv.Fields(l)[3].Length > 0)));
            return path;
        }).ToList();
        Merge(filtered, attributed, header: true, line => ScreeningCsv.Fields(line)[3]);
        var lines = File.ReadLines(attributed).ToList();
        File.WriteAllText(output, string.Join('\n', new[] { lines[0], unattributed }.Concat(lines.Skip(1)).Where(l => l.Length > 0)) + "\n");
        filtered.ForEach(File.Delete);
        File.Delete(attributed);
        return [.. File.ReadLines(output).Skip(1).Select(ScreeningCsv.Fields).Select(f => new BulkBadLine(f[0], int.Parse(f[1], CultureInfo.InvariantCulture), Reason(f[2]), f[4], f[3].Length == 0 ? null : f[3]))];
    }

    private static ExportScreeningSummary Summary(List<JsonElement> shards, List<BulkBadLine> badLines)
    {
        long Sum(string name) => shards.Sum(s => s.GetProperty("patients").GetProperty(name).GetInt64());
        int Status(int p, string name) => shards.Sum(s => s.GetProperty("statuses")[p].GetProperty(name).GetInt32());
        var first = shards[0];
        var statuses = first.GetProperty("statuses").EnumerateArray().Select((s, p) => new ScreeningCounts(s.GetProperty("intervention").GetString()!,
            Status(p, "candidate"), Status(p, "undetermined"), Status(p, "notCandidate"), Status(p, "notAddressed"))).ToList();
        var bad = badLines.GroupBy(b => b.Reason).OrderBy(g => g.Key)
            .Select(g => new BadLineCount(g.Key, g.LongCount(), [.. g.Take(ScreenExport.ExamplesPerReason)])).ToList();
        var unmapped = shards.SelectMany(s => s.GetProperty("unmapped").EnumerateArray())
            .GroupBy(u => (System: u.GetProperty("system").GetString()!, Code: u.GetProperty("code").GetString()!))
            .Select(g => new UnmappedCodeCount(g.Key.System, g.Key.Code, g.Select(u => u.GetProperty("display").GetString()).FirstOrDefault(d => d is not null), g.Sum(u => u.GetProperty("count").GetInt64())))
            .OrderByDescending(u => u.Count).ThenBy(u => u.System, StringComparer.Ordinal).ThenBy(u => u.Code, StringComparer.Ordinal).ToList();
        var deciding = shards.SelectMany(s => s.GetProperty("decidingUnknowns").EnumerateArray())
            .GroupBy(d => d.GetProperty("criterion").GetString()!, StringComparer.Ordinal)
            .Select(g => new DecidingUnknownCount(g.Key, g.Sum(d => d.GetProperty("count").GetInt64())))
            .OrderByDescending(d => d.Count).ThenBy(d => d.Criterion, StringComparer.Ordinal).ToList();
        var order = statuses.Select(s => s.Intervention).ToList();
        long Verdict(IEnumerable<JsonElement> counts, string name) => counts.Sum(c => c.GetProperty(name).GetInt64());
        var audit = shards.SelectMany(s => s.GetProperty("audit").EnumerateArray())
            .GroupBy(a => a.GetProperty("intervention").GetString()!, StringComparer.Ordinal)
            .OrderBy(g => order.IndexOf(g.Key) is var i and >= 0 ? i : int.MaxValue).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AuditCounts(g.Key, Verdict(g, "consistent"), Verdict(g, "prerequisiteMissing"), Verdict(g, "contraindicationRecorded"), Verdict(g, "undetermined"),
                Verdict(g, "notAddressed"), Verdict(g, "invalidCase"), Verdict(g, "noPerformedDate"), Verdict(g, "outsideTrialPopulation"))).ToList();
        var missing = shards.SelectMany(s => s.GetProperty("missingPrerequisites").EnumerateArray())
            .GroupBy(m => m.GetProperty("criterion").GetString()!, StringComparer.Ordinal)
            .Select(g => new MissingPrerequisiteCount(g.Key, g.Sum(m => m.GetProperty("count").GetInt64())))
            .OrderByDescending(m => m.Count).ThenBy(m => m.Criterion, StringComparer.Ordinal).ToList();
        return new ExportScreeningSummary(first.GetProperty("files").GetInt32(), first.GetProperty("bytes").GetInt64(), first.GetProperty("lines").GetInt64(),
            Sum("read"), Sum("mapped"), Sum("evaluated"), Sum("notAboutLowBackPain"), Sum("invalidCases"), statuses, bad, unmapped, deciding)
        {
            Audit = audit,
            MissingPrerequisites = missing,
        };
    }

    private static BulkBadLineReason Reason(string kebab) =>
        Enum.GetValues<BulkBadLineReason>().First(r => ScreeningCsv.Kebab(r.ToString()) == kebab);

    private static int Usage(CliIo io, string message)
    {
        io.ErrorWriter.WriteLine($"{message}.");
        io.ErrorWriter.WriteLine("Run 'spinewise screen merge --help' for usage.");
        return ExitCodes.BadInput;
    }
}
