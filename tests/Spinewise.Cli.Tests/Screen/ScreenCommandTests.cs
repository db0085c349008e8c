using System.Globalization;
using System.Text;
using System.Text.Json;
using Spinewise.Application;
using Spinewise.Application.Evaluations;
using Spinewise.Application.Json;
using Spinewise.Application.Screening;
using Spinewise.ExportGen;
using Spinewise.Testing;

namespace Spinewise.Cli.Tests.Screen;

public sealed class ScreenCommandTests(ScreenExports exports) : IClassFixture<ScreenExports>
{
    [Fact]
    public void Screen_GeneratedExport_GivesEachPatientTheStatusesOfItsOwnBundle()
    {
        // Given: the oracle, one Bundle per patient from the generator's own record of which lines are whose
        var host = KnowledgeHost.Load(RepositoryPaths.Knowledge, TimeProvider.System).TryGetHost(out var loaded) ? loaded : throw new InvalidOperationException("knowledge");
        var asOf = DateOnly.ParseExact(ScreenExports.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var patients = exports.Lines.Where(l => l is { ResourceType: "Patient", Defect: LineDefect.None }).Select(l => l.Patient!).ToHashSet(StringComparer.Ordinal);
        var expected = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var lines = new Dictionary<string, string>(StringComparer.Ordinal);
        var unmapped = new Dictionary<string, long>(StringComparer.Ordinal);
        var deciding = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var group in exports.Lines.Where(l => l.Defect == LineDefect.None).GroupBy(l => l.Patient!))
        {
            var bundle = $"{{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{string.Join(',', group.Select(l => $"{{\"resource\":{l.Json}}}"))}]}}";
            var outcome = new EvaluateFhirBundle(host).Execute(Encoding.UTF8.GetBytes(bundle), group.Key, asOf);
            if (outcome.TryGetValue(out var chart, out _) && chart.Mapping.HasLowBackPain)
            {
                var decision = JsonSerializer.SerializeToElement(chart.Contract.Decision, ContractJson.Options);
                expected[group.Key] = ScreenReport.StatusesOf(decision);
                lines[group.Key] = WithoutUnmapped(JsonSerializer.Serialize(ScreeningLine.From(group.Key, chart.Evaluation.Report, chart.Mapping.Unmapped), ContractJson.Wire));
                foreach (var intervention in chart.Contract.Decision.Interventions.Where(i => i.Status == Spinewise.Domain.Decisions.CandidateStatus.Undetermined))
                {
                    foreach (var criterion in intervention.Because)
                    {
                        deciding[criterion] = deciding.GetValueOrDefault(criterion) + 1;
                    }
                }

                foreach (var code in chart.Mapping.Unmapped)
                {
                    unmapped[$"{code.System}|{code.Code}"] = unmapped.GetValueOrDefault($"{code.System}|{code.Code}") + 1;
                }
            }
        }

        // Then
        expected.Count.ShouldBeGreaterThan(ScreenExports.Patients / 2);
        var actual = exports.Report.Statuses();
        actual.Keys.Order(StringComparer.Ordinal).ShouldBe(expected.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, statuses) in expected)
        {
            actual[id].ShouldBe(statuses, $"patient {id}");
            WithoutUnmapped(exports.Report.Lines[id]).ShouldBe(lines[id], $"patient {id}: the line written straight from the report is the ScreeningLine of its own Bundle");
        }

        var summary = exports.Report.Summary;
        summary.GetProperty("patients").GetProperty("read").GetInt64().ShouldBe(patients.Count);
        summary.GetProperty("patients").GetProperty("evaluated").GetInt64().ShouldBe(expected.Count);
        var reported = summary.GetProperty("unmapped").EnumerateArray().ToDictionary(u => $"{u.GetProperty("system").GetString()}|{u.GetProperty("code").GetString()}", u => u.GetProperty("count").GetInt64(), StringComparer.Ordinal);
        foreach (var (code, count) in unmapped)
        {
            reported[code].ShouldBeGreaterThanOrEqualTo(count, code);
        }

        unmapped.ShouldNotBeEmpty();
        deciding.ShouldNotBeEmpty();
        summary.GetProperty("decidingUnknowns").EnumerateArray().ToDictionary(d => d.GetProperty("criterion").GetString()!, d => d.GetProperty("count").GetInt64(), StringComparer.Ordinal)
            .ShouldBe(deciding, ignoreOrder: true);
        var markdown = File.ReadAllText(Path.Combine(exports.Report.Folder, "summary.md"));
        markdown.ShouldContain($"| read | {patients.Count} |");
        markdown.ShouldContain($"| evaluated (about low back pain) | {expected.Count} |");
    }

    [Fact]
    public void Screen_GeneratedExport_WritesAnAuditRowPerAuditedProcedureAndCountsThemInTheSummary()
    {
        var rows = File.ReadLines(Path.Combine(exports.Report.Folder, "audit.csv")).ToList();
        rows[0].ShouldBe(ScreeningReportSink.AuditHeader);
        var fields = rows.Skip(1).Select(ScreeningCsv.Fields).ToList();
        fields.ShouldNotBeEmpty();
        fields.ShouldAllBe(f => f.Count == 14);
        var counted = fields.GroupBy(f => (Intervention: f[4], Verdict: f[7])).ToDictionary(g => g.Key, g => (long)g.Count());

        var audit = exports.Report.Summary.GetProperty("audit").EnumerateArray().ToList();
        audit.ShouldNotBeEmpty();
        var summed = new Dictionary<(string, string), long>();
        foreach (var a in audit)
        {
            foreach (var (name, verdict) in new[] { ("consistent", "consistent"), ("prerequisiteMissing", "prerequisite-missing"), ("contraindicationRecorded", "contraindication-recorded"),
                ("undetermined", "undetermined"), ("notAddressed", "not-addressed"), ("invalidCase", "invalid-case"), ("noPerformedDate", "no-performed-date") })
            {
                if (a.GetProperty(name).GetInt64() is var n and > 0)
                {
                    summed[(a.GetProperty("intervention").GetString()!, verdict)] = n;
                }
            }
        }

        summed.ShouldBe(counted, ignoreOrder: true);
        File.ReadAllText(Path.Combine(exports.Report.Folder, "summary.md")).ShouldContain("## Appropriateness audit of performed procedures");
        // a status chart for each procedure some source states criteria for, none for the others
        var statuses = exports.Report.Summary.GetProperty("statuses").EnumerateArray().ToList();
        statuses.ShouldContain(st => st.GetProperty("notAddressed").GetInt32() == exports.Report.Summary.GetProperty("patients").GetProperty("evaluated").GetInt32());
        foreach (var st in statuses)
        {
            var criteria = st.GetProperty("candidate").GetInt32() + st.GetProperty("undetermined").GetInt32() + st.GetProperty("notCandidate").GetInt32() > 0;
            var chart = st.GetProperty("intervention").GetString()!;
            File.Exists(Path.Combine(exports.Report.Folder, "charts", chart + ".svg")).ShouldBe(criteria, chart);
        }
    }

    [Fact]
    public void Screen_GeneratedExport_WritesTheCsvRowsOfEachPatientsLine()
    {
        // the CSV rows and the NDJSON line are rendered apart: each row must say what the line says
        var expected = new List<string> { ScreeningReportSink.PatientsHeader };
        foreach (var line in File.ReadLines(Path.Combine(exports.Report.Folder, "patients.ndjson")).Select(l => JsonDocument.Parse(l).RootElement))
        {
            var asked = line.GetProperty("askNext").EnumerateArray().SelectMany(q => q.GetProperty("affects").EnumerateArray().Select(a => a.GetString()!)).ToList();
            foreach (var i in line.GetProperty("interventions").EnumerateArray())
            {
                var id = i.GetProperty("intervention").GetString()!;
                var writer = new StringWriter { NewLine = "\n" };
                ScreeningCsv.Row(writer, line.GetProperty("patient").GetString()!, id, i.GetProperty("status").GetString()!,
                    string.Join(';', i.GetProperty("because").EnumerateArray().Select(b => b.GetString())),
                    string.Join(';', i.GetProperty("applicable").EnumerateArray().Select(a => $"{a.GetProperty("recommendation").GetString()}:{a.GetProperty("stance").GetString()}")),
                    i.GetProperty("conflicts").GetArrayLength().ToString(CultureInfo.InvariantCulture), asked.Count(a => a == id).ToString(CultureInfo.InvariantCulture));
                expected.Add(writer.ToString().TrimEnd('\n'));
            }
        }

        File.ReadAllLines(Path.Combine(exports.Report.Folder, "patients.csv")).ShouldBe(expected);
        expected.Count.ShouldBeGreaterThan(ScreenExports.Patients);
    }

    [Fact]
    public void Screen_GeneratedExport_ReportsEveryBadLineWithFileAndLine()
    {
        var expected = exports.Lines.Where(l => l.Defect != LineDefect.None)
            .Select(l => (l.File, l.Line, Reason: l.Defect switch
            {
                LineDefect.MalformedJson => "malformed-json",
                LineDefect.InvalidResource => "invalid-resource",
                _ => "missing-patient",
            })).Order().ToList();

        expected.Select(e => e.Reason).Distinct().Count().ShouldBe(3);
        exports.Report.BadLines.Order().ToList().ShouldBe(expected);
        var counted = exports.Report.Summary.GetProperty("badLines").EnumerateArray().Sum(b => b.GetProperty("count").GetInt64());
        counted.ShouldBe(expected.Count);
    }

    [Fact]
    public void Screen_TwoShards_HoldExactlyThePatientsAndBadLinesOfTheWholeRun()
    {
        var first = exports.Screen(exports.Plain, "shard-0", "--shard", "0/2");
        var second = exports.Screen(exports.Plain, "shard-1", "--shard", "1/2");

        first.Lines.Keys.Intersect(second.Lines.Keys).ShouldBeEmpty();
        first.Lines.Count.ShouldBeGreaterThan(0);
        second.Lines.Count.ShouldBeGreaterThan(0);
        var union = first.Lines.Concat(second.Lines).ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal);
        union.Count.ShouldBe(exports.Report.Lines.Count);
        foreach (var (id, line) in exports.Report.Lines)
        {
            union[id].ShouldBe(line, $"patient {id}");
        }

        first.BadLines.Concat(second.BadLines).Order().ShouldBe(exports.Report.BadLines.Order());
    }

    [Theory]
    [InlineData("gzip", 1, true)]
    [InlineData("parts", 3, false)]
    [InlineData("gzip-parts", 4, true)]
    public void Screen_GzipAndNumberedParts_GiveTheReportOfThePlainExport(string name, int parts, bool gzip)
    {
        var export = exports.Generate(name, new ExportOptions(ScreenExports.Patients, ScreenExports.Seed, parts, gzip));
        Directory.GetFiles(export).Length.ShouldBe(5 * parts);

        var report = exports.Screen(export, name + "-report");

        File.ReadAllText(Path.Combine(report.Folder, "patients.ndjson")).ShouldBe(File.ReadAllText(Path.Combine(exports.Report.Folder, "patients.ndjson")));
        File.ReadAllText(Path.Combine(report.Folder, "patients.csv")).ShouldBe(File.ReadAllText(Path.Combine(exports.Report.Folder, "patients.csv")));
        foreach (var part in new[] { "patients", "statuses", "unmapped" })
        {
            report.Summary.GetProperty(part).GetRawText().ShouldBe(exports.Report.Summary.GetProperty(part).GetRawText(), part);
        }

        Reasons(report).ShouldBe(Reasons(exports.Report));
    }

    [Fact]
    public void Screen_MissingFolder_ExitsTwoNamingIt()
    {
        var missing = exports.Folder("nowhere");
        var run = CliRun.Of("screen", missing, "--out", exports.Folder("nowhere-report"));
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(missing);
        Directory.Exists(exports.Folder("nowhere-report")).ShouldBeFalse();
    }

    [Fact]
    public void Screen_FolderWithoutNdjson_ExitsTwo()
    {
        var empty = exports.Folder("empty");
        Directory.CreateDirectory(empty);
        File.WriteAllText(Path.Combine(empty, "Encounter.ndjson"), "{}\n");
        var run = CliRun.Of("screen", empty, "--out", exports.Folder("empty-report"));
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("holds no NDJSON files");
    }

    [Theory]
    [InlineData("2/2")]
    [InlineData("1")]
    [InlineData("a/b")]
    [InlineData("0/0")]
    public void Screen_BadShard_ExitsTwoNamingTheOption(string shard)
    {
        var run = CliRun.Of("screen", exports.Plain, "--out", exports.Folder("bad-shard"), "--shard", shard);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--shard");
        Directory.Exists(exports.Folder("bad-shard")).ShouldBeFalse();
    }

    [Fact]
    public void Screen_ReportFolderInUse_ExitsTwoAndLeavesItAlone()
    {
        var run = CliRun.Of("screen", exports.Plain, "--out", exports.Report.Folder);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("already exists");
        File.Exists(Path.Combine(exports.Report.Folder, "summary.json")).ShouldBeTrue();
    }

    [Fact]
    public void Screen_Report_LeavesNoTemporaryFolderBehind() =>
        Directory.GetDirectories(Path.GetDirectoryName(exports.Report.Folder)!, ".*partial*").ShouldBeEmpty();

    private static Dictionary<string, long> Reasons(ScreenReport report) => report.Summary.GetProperty("badLines").EnumerateArray()
        .ToDictionary(b => b.GetProperty("reason").GetString()!, b => b.GetProperty("count").GetInt64(), StringComparer.Ordinal);

    /// <summary>The line without its unmapped codes, whose element paths differ between a Bundle and an export line.</summary>
    private static string WithoutUnmapped(string line)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(line)!.AsObject();
        node.Remove("unmapped");
        return node.ToJsonString();
    }
}
