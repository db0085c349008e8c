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
    private readonly Utf8JsonWriter? _json;
    private readonly StreamWriter? _csv;
    private readonly StreamWriter _badLines;
    private readonly StreamWriter _invalid;

    public ScreeningReportSink(string folder, bool ndjson, bool csv)
    {
        if (ndjson)
        {
            _ndjson = Create(Path.Combine(folder, "patients.ndjson"));
            _json = new Utf8JsonWriter(_ndjson, new JsonWriterOptions { Encoder = ContractJson.Options.Encoder, Indented = false });
        }

        if (csv)
        {
            _csv = Text(Path.Combine(folder, "patients.csv"), "patient,intervention,status,because,applicable_recommendations,conflicts,ask_next");
        }

        _badLines = Text(Path.Combine(folder, "bad-lines.csv"), "file,line,reason,patient,message");
        _invalid = Text(Path.Combine(folder, "invalid-cases.csv"), "patient,code,path,message");
    }

    public void Accept(ScreenedPatient patient)
    {
        if (patient.Outcome == ScreenedPatientOutcome.InvalidCase)
        {
            foreach (var problem in patient.Problems)
            {
                Row(_invalid, patient.Id, problem.Code, problem.Location.Path, problem.Message);
            }

            return;
        }

        if (patient.Evaluation is not { } evaluation)
        {
            return;
        }

        if (_json is not null)
        {
            JsonSerializer.Serialize(_json, evaluation.Contract, ContractJson.Options);
            _json.Flush();
            _json.Reset();
            _ndjson!.Write(NewLine);
        }

        if (_csv is not null)
        {
            var decision = evaluation.Contract.Decision;
            var applies = decision.Applicability.Where(g => g.Applies == Applicability.Yes).SelectMany(g => g.Recommendations).ToHashSet(StringComparer.Ordinal);
            foreach (var intervention in decision.Interventions)
            {
                var applicable = intervention.Recommendations.Where(r => applies.Contains(r.Id)).Select(r => $"{r.Id}:{Kebab(r.Stance.ToString())}");
                var asked = decision.AskNext.Count(a => a.Affects.Contains(intervention.Intervention, StringComparer.Ordinal));
                Row(_csv, patient.Id, intervention.Intervention, Kebab(intervention.Status.ToString()), string.Join(';', intervention.Because),
                    string.Join(';', applicable), intervention.Conflicts.Count.ToString(CultureInfo.InvariantCulture), asked.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    public void Reject(BulkBadLine line) =>
        Row(_badLines, line.File, line.Line.ToString(CultureInfo.InvariantCulture), Kebab(line.Reason.ToString()), line.Patient ?? string.Empty, line.Message);

    public void Dispose()
    {
        _json?.Dispose();
        _ndjson?.Dispose();
        _csv?.Dispose();
        _badLines.Dispose();
        _invalid.Dispose();
    }

    /// <summary>An enum name as the JSON writes it (<c>NotCandidate</c> → <c>not-candidate</c>).</summary>
    internal static string Kebab(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);

    private static FileStream Create(string path) => new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);

    private static StreamWriter Text(string path, string header)
    {
        var writer = new StreamWriter(Create(path), new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(header);
        return writer;
    }

    private static void Row(StreamWriter writer, params string[] fields)
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
