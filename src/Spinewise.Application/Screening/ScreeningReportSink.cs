using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Vocabulary;
using Spinewise.Fhir.Bulk;

namespace Spinewise.Application.Screening;

/// <summary>
/// Writes the per-patient files of a screening report into a folder: <c>patients.ndjson</c> (per evaluated patient one
/// <see cref="ScreeningLine"/>), <c>patients.csv</c> (a row per patient and procedure), <c>bad-lines.csv</c> (every
/// line not used) and <c>invalid-cases.csv</c> (every problem of a chart that maps to an invalid case). Lines are
/// written straight from the decision report (<see cref="ScreeningLineWriter"/>).
/// </summary>
public sealed class ScreeningReportSink : IScreeningSink, IDisposable
{
    /// <summary>The header of <c>patients.csv</c>.</summary>
    public const string PatientsHeader = "patient,intervention,status,because,applicable_recommendations,conflicts,ask_next";

    /// <summary>The header of <c>audit.csv</c>.</summary>
    public const string AuditHeader = "patient,procedure,system,code,intervention,variant,performed,verdict,deciding,deciding_sources,outside_trial_population,outside_trial_sources,safety_flags_not_addressed,problems";

    private const int BufferSize = 1 << 16;
    private static readonly UTF8Encoding Utf8 = new(false);

    [ThreadStatic]
    private static Renderer? _renderer;

    private readonly FileStream? _ndjson;
    private readonly FileStream? _csv;
    private readonly StreamWriter _badLines;
    private readonly StreamWriter _invalid;
    private readonly StreamWriter _audit;

    /// <summary>Creates the files (each must not exist yet).</summary>
    /// <param name="folder">The report folder.</param>
    /// <param name="ndjson">Whether to write <c>patients.ndjson</c>.</param>
    /// <param name="csv">Whether to write <c>patients.csv</c>.</param>
    public ScreeningReportSink(string folder, bool ndjson, bool csv)
    {
        if (ndjson)
        {
            _ndjson = Create(Path.Combine(folder, "patients.ndjson"));
        }

        if (csv)
        {
            _csv = Create(Path.Combine(folder, "patients.csv"));
            _csv.Write(Utf8.GetBytes(PatientsHeader + "\n"));
        }

        _badLines = Text(Path.Combine(folder, "bad-lines.csv"), "file,line,reason,patient,message");
        _invalid = Text(Path.Combine(folder, "invalid-cases.csv"), "patient,code,path,message");
        _audit = Text(Path.Combine(folder, "audit.csv"), AuditHeader);
    }

    /// <inheritdoc />
    public object? Render(ScreenedPatient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        if (patient.Report is not { } report)
        {
            return null;
        }

        var renderer = _renderer ??= new Renderer();
        return new Rendered(
            _ndjson is null ? null : renderer.Line(patient.Id, report, patient.Unmapped),
            _csv is null ? null : renderer.Rows(patient.Id, report));
    }

    /// <inheritdoc />
    public void Accept(ScreenedPatient patient, object? rendered)
    {
        ArgumentNullException.ThrowIfNull(patient);
        foreach (var audited in patient.Audited)
        {
            WriteAudit(audited);
        }

        if (patient.Outcome == ScreenedPatientOutcome.InvalidCase)
        {
            foreach (var problem in patient.Problems)
            {
                ScreeningCsv.Row(_invalid, patient.Id, problem.Code, problem.Location.Path, problem.Message);
            }

            return;
        }

        if ((rendered ?? Render(patient)) is Rendered output)
        {
            _ndjson?.Write(output.Line);
            _csv?.Write(output.Rows);
        }
    }

    /// <inheritdoc />
    public void Reject(BulkBadLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        ScreeningCsv.Row(_badLines, line.File, line.Line.ToString(CultureInfo.InvariantCulture), ScreeningCsv.Kebab(line.Reason.ToString()), line.Patient ?? string.Empty, line.Message);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _ndjson?.Dispose();
        _csv?.Dispose();
        _badLines.Dispose();
        _invalid.Dispose();
        _audit.Dispose();
    }

    private void WriteAudit(AuditedProcedure a)
    {
        static string Criteria(IReadOnlyList<AuditedCriterion> criteria) =>
            string.Join(';', criteria.Select(c => $"{c.Id}:{ScreeningCsv.Kebab(c.Role)}:{ScreeningCsv.Kebab(c.Result)}"));
        static string Sources(IReadOnlyList<AuditedCriterion> criteria) => string.Join(';', criteria.Select(c => c.Source.ToString()));
        ScreeningCsv.Row(_audit, a.PatientId, a.Procedure, a.System, a.Code, a.Intervention, a.Variant ?? string.Empty,
            a.Performed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty, ScreeningCsv.Kebab(a.Verdict),
            Criteria(a.Deciding), Sources(a.Deciding), Criteria(a.OutsideTrialPopulation), Sources(a.OutsideTrialPopulation),
            string.Join(';', a.SafetyFlagsNotAddressed), string.Join(';', a.Problems.Select(p => $"{p.Code}:{p.Location.Path}")));
    }

    private static FileStream Create(string path) => new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize);

    private static StreamWriter Text(string path, string header)
    {
        var writer = new StreamWriter(Create(path), new UTF8Encoding(false), BufferSize) { NewLine = "\n" };
        writer.WriteLine(header);
        return writer;
    }

    /// <summary>One patient's bytes: its line of patients.ndjson and its rows of patients.csv.</summary>
    private sealed record Rendered(byte[]? Line, byte[]? Rows);

    /// <summary>One screening thread's buffers (thread-static: they live as long as their thread, holding no file or handle).</summary>
    private sealed class Renderer : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(1 << 15);
        private readonly Utf8JsonWriter _json;
        private readonly StringWriter _text = new(CultureInfo.InvariantCulture) { NewLine = "\n" };
        private readonly Dictionary<InterventionId, int> _asked = [];

        public Renderer() => _json = new Utf8JsonWriter(_buffer, ScreeningLineWriter.Options);

        /// <summary>Appends a field, quoted when it holds a separator.</summary>
        private static StringBuilder Field(StringBuilder text, string value) => NeedsQuotes(value) ? Quoted(text, value) : text.Append(value);

        /// <summary>Quotes what was appended since <paramref name="start"/> when <paramref name="needed"/> (one of its parts holds a separator, RFC 4180).</summary>
        private static StringBuilder Quote(StringBuilder text, int start, bool needed)
        {
            if (!needed)
            {
                return text;
            }

            var field = text.ToString(start, text.Length - start);
            return Quoted(text.Remove(start, text.Length - start), field);
        }

        private static StringBuilder Quoted(StringBuilder text, string field) => text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');

        private static bool NeedsQuotes(string value) => value.AsSpan().IndexOfAny(",\"\n\r") >= 0;

        public void Dispose()
        {
            _json.Dispose();
            _text.Dispose();
        }

        public byte[] Line(string patient, DecisionReport report, IReadOnlyList<Fhir.UnmappedCode> unmapped)
        {
            _buffer.ResetWrittenCount();
            _json.Reset(_buffer);
            ScreeningLineWriter.Write(_json, patient, report, unmapped);
            _json.Flush();
            var line = new byte[_buffer.WrittenCount + 1];
            _buffer.WrittenSpan.CopyTo(line);
            line[^1] = (byte)'\n';
            return line;
        }

        public byte[] Rows(string patient, DecisionReport report)
        {
            _asked.Clear();
            foreach (var question in report.AskNext)
            {
                foreach (var affected in question.Affects)
                {
                    _asked[affected] = _asked.GetValueOrDefault(affected) + 1;
                }
            }

            // fields appended in place (no string per field): ids and kebab-case names, quoted only when one holds a separator
            var text = _text.GetStringBuilder().Clear();
            foreach (var a in report.Interventions)
            {
                Field(text, patient).Append(',');
                Field(text, a.Intervention.Id.Value).Append(',').Append(ScreeningCsv.Kebab(a.Status)).Append(',');
                var mark = text.Length;
                var quote = false;
                for (var d = 0; d < a.Decisive.Count; d++)
                {
                    var id = a.Decisive[d].Criterion.Id;
                    quote |= NeedsQuotes(id);
                    text.Append(d > 0 ? ";" : string.Empty).Append(id);
                }

                Quote(text, mark, quote).Append(',');
                (mark, quote) = (text.Length, false);
                var first = true;
                foreach (var r in a.Recommendations)
                {
                    if (r.Applies == Applicability.Yes)
                    {
                        var id = r.Position.Recommendation.Id.Value;
                        quote |= NeedsQuotes(id);
                        text.Append(first ? string.Empty : ";").Append(id).Append(':').Append(ScreeningCsv.Kebab(r.Position.Stance.Stance));
                        first = false;
                    }
                }

                Quote(text, mark, quote).Append(',');
                text.Append(a.Conflicts.Count.ToString(CultureInfo.InvariantCulture)).Append(',').Append(_asked.GetValueOrDefault(a.Intervention.Id).ToString(CultureInfo.InvariantCulture)).Append('\n');
            }

            return Utf8.GetBytes(text.ToString());
        }
    }
}
