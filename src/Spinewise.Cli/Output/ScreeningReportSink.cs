using System.Globalization;
using System.Text;
using System.Text.Json;
using Spinewise.Application.Json;
using Spinewise.Application.Screening;
using Spinewise.Domain.Decisions;
using Spinewise.Fhir.Bulk;

namespace Spinewise.Cli.Output;

/// <summary>
/// Writes the files of <c>spinewise screen</c> into a folder: <c>patients.ndjson</c> (per evaluated patient the contract of
/// <c>recommend --fhir --json</c> on one line), <c>patients.csv</c> (a row per patient and procedure),
/// <c>bad-lines.csv</c> (every line not used) and <c>invalid-cases.csv</c> (every problem of a chart that maps to an invalid case).
/// </summary>
internal sealed class ScreeningReportSink : IScreeningSink, IDisposable
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly Stream? _ndjson;
    private readonly bool _writeJson;
    private readonly StreamWriter? _csv;
    private readonly StreamWriter _badLines;
    private readonly StreamWriter _invalid;

    public ScreeningReportSink(string folder, bool ndjson, bool csv)
    {
        if (ndjson)
        {
            _ndjson = Create(Path.Combine(folder, "patients.ndjson"));
            _writeJson = true;
        }

        if (csv)
        {
            _csv = Text(Path.Combine(folder, "patients.csv"), "patient,intervention,status,because,applicable_recommendations,conflicts,ask_next");
        }

        _badLines = Text(Path.Combine(folder, "bad-lines.csv"), "file,line,reason,patient,message");
        _invalid = Text(Path.Combine(folder, "invalid-cases.csv"), "patient,code,path,message");
    }

    /// <summary>The patient's NDJSON line and CSV rows, made in parallel.</summary>
    public object? Render(ScreenedPatient patient)
    {
        if (patient.Evaluation is not { } evaluation)
        {
            return null;
        }

        var json = !_writeJson ? null : JsonSerializer.SerializeToUtf8Bytes(evaluation.Contract, ContractJson.Wire);
        if (_csv is null)
        {
            return new Rendered(json, null);
        }

        using var rows = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var decision = evaluation.Contract.Decision;
        var applies = decision.Applicability.Where(g => g.Applies == Applicability.Yes).SelectMany(g => g.Recommendations).ToHashSet(StringComparer.Ordinal);
        foreach (var intervention in decision.Interventions)
        {
            var applicable = intervention.Recommendations.Where(r => applies.Contains(r.Id)).Select(r => $"{r.Id}:{Kebab(r.Stance.ToString())}");
            var asked = decision.AskNext.Count(a => a.Affects.Contains(intervention.Intervention, StringComparer.Ordinal));
            Row(rows, patient.Id, intervention.Intervention, Kebab(intervention.Status.ToString()), string.Join(';', intervention.Because),
                string.Join(';', applicable), intervention.Conflicts.Count.ToString(CultureInfo.InvariantCulture), asked.ToString(CultureInfo.InvariantCulture));
        }

        return new Rendered(json, rows.ToString());
    }

    public void Accept(ScreenedPatient patient, object? rendered)
    {
        if (patient.Outcome == ScreenedPatientOutcome.InvalidCase)
        {
            foreach (var problem in patient.Problems)
            {
                Row(_invalid, patient.Id, problem.Code, problem.Location.Path, problem.Message);
            }

            return;
        }

        if (rendered is not Rendered lines)
        {
            return;
        }

        if (lines.Json is { } json)
        {
            _ndjson!.Write(json);
            _ndjson.Write(NewLine);
        }

        _csv?.Write(lines.Csv);
    }

    public void Reject(BulkBadLine line) =>
        Row(_badLines, line.File, line.Line.ToString(CultureInfo.InvariantCulture), Kebab(line.Reason.ToString()), line.Patient ?? string.Empty, line.Message);

    public void Dispose()
    {
        _ndjson?.Dispose();
        _csv?.Dispose();
        _badLines.Dispose();
        _invalid.Dispose();
    }

    /// <summary>One patient's lines: the NDJSON line without its newline, the CSV rows with theirs.</summary>
    private sealed record Rendered(byte[]? Json, string? Csv);

    /// <summary>An enum name as the JSON writes it (<c>NotCandidate</c> → <c>not-candidate</c>).</summary>
    internal static string Kebab(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);

    private static FileStream Create(string path) => new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);

    private static StreamWriter Text(string path, string header)
    {
        var writer = new StreamWriter(Create(path), new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(header);
        return writer;
    }

    private static void Row(TextWriter writer, params string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\n\r") >= 0)
            {
                writer.Write('"');
                writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(field);
            }
        }

        writer.WriteLine();
    }
}
