using System.Buffers;
using System.Collections.Concurrent;
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
    private readonly FileStream _audit;
    private readonly ConcurrentBag<Rendered> _pool = [];

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
        _audit = Create(Path.Combine(folder, "audit.csv"));
        _audit.Write(Utf8.GetBytes(AuditHeader + "\n"));
    }

    /// <inheritdoc />
    public object? Render(ScreenedPatient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var output = _pool.TryTake(out var pooled) ? pooled : new Rendered();
        output.Clear();
        foreach (var audited in patient.Audited)
        {
            WriteAudit(output.Audit, audited);
        }

        if (patient.Report is { } report)
        {
            var renderer = _renderer ??= new Renderer();
            if (_ndjson is not null)
            {
                renderer.Line(output.Line, patient.Id, report, patient.Unmapped);
            }

            if (_csv is not null)
            {
                renderer.Rows(output.Rows, patient.Id, report);
            }
        }

        return output;
    }

    /// <inheritdoc />
    public void Accept(ScreenedPatient patient, object? rendered)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var output = rendered as Rendered ?? (Rendered)Render(patient)!;
        _audit.Write(output.Audit.WrittenSpan);
        if (patient.Outcome == ScreenedPatientOutcome.InvalidCase)
        {
            foreach (var problem in patient.Problems)
            {
                ScreeningCsv.Row(_invalid, patient.Id, problem.Code, problem.Location.Path, problem.Message);
            }
        }
        else
        {
            _ndjson?.Write(output.Line.WrittenSpan);
            _csv?.Write(output.Rows.WrittenSpan);
        }

        _pool.Add(output);
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

    private static void WriteAudit(IBufferWriter<byte> output, AuditedProcedure a)
    {
        static string Criteria(IReadOnlyList<AuditedCriterion> criteria) =>
            string.Join(';', criteria.Select(c => $"{c.Id}:{ScreeningCsv.Kebab(c.Role)}:{ScreeningCsv.Kebab(c.Result)}"));
        static string Sources(IReadOnlyList<AuditedCriterion> criteria) => string.Join(';', criteria.Select(c => c.Source.ToString()));
        ScreeningCsv.Row(output, a.PatientId, a.Procedure, a.System, a.Code, a.Intervention, a.Variant ?? string.Empty,
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

    /// <summary>
    /// One patient's bytes, rendered on a screening thread: its line of patients.ndjson, its rows of patients.csv and of
    /// audit.csv. Pooled: <see cref="Accept"/> writes them and gives the buffers back, so steady screening allocates none.
    /// </summary>
    private sealed class Rendered
    {
        public ArrayBufferWriter<byte> Line { get; } = new(1 << 14);

        public ArrayBufferWriter<byte> Rows { get; } = new(1 << 12);

        public ArrayBufferWriter<byte> Audit { get; } = new(1 << 9);

        public void Clear()
        {
            Line.ResetWrittenCount();
            Rows.ResetWrittenCount();
            Audit.ResetWrittenCount();
        }
    }

    /// <summary>One screening thread's JSON writer (thread-static: it lives as long as its thread, holding no file or handle).</summary>
    private sealed class Renderer : IDisposable
    {
        private readonly Utf8JsonWriter _json = new(new ArrayBufferWriter<byte>(1), ScreeningLineWriter.Options);
        private readonly Dictionary<InterventionId, int> _asked = [];

        public void Dispose() => _json.Dispose();

        public void Line(ArrayBufferWriter<byte> output, string patient, DecisionReport report, IReadOnlyList<Fhir.UnmappedCode> unmapped)
        {
            _json.Reset(output);
            ScreeningLineWriter.Write(_json, patient, report, unmapped);
            _json.Flush();
            output.Write("\n"u8);
        }

        public void Rows(ArrayBufferWriter<byte> output, string patient, DecisionReport report)
        {
            _asked.Clear();
            foreach (var question in report.AskNext)
            {
                foreach (var affected in question.Affects)
                {
                    _asked[affected] = _asked.GetValueOrDefault(affected) + 1;
                }
            }

            // fields encoded in place (no string per row or field): ids and kebab-case names, quoted only when one holds a separator
            var quotePatient = ScreeningCsv.NeedsQuotes(patient);
            foreach (var a in report.Interventions)
            {
                Field(output, patient, quotePatient);
                output.Write(","u8);
                Field(output, a.Intervention.Id.Value, ScreeningCsv.NeedsQuotes(a.Intervention.Id.Value));
                output.Write(","u8);
                Ascii(output, ScreeningCsv.Kebab(a.Status));
                output.Write(","u8);
                var quote = false;
                foreach (var d in a.Decisive)
                {
                    quote |= ScreeningCsv.NeedsQuotes(d.Criterion.Id);
                }

                Open(output, quote);
                for (var d = 0; d < a.Decisive.Count; d++)
                {
                    if (d > 0)
                    {
                        output.Write(";"u8);
                    }

                    Part(output, a.Decisive[d].Criterion.Id, quote);
                }

                Open(output, quote);
                output.Write(","u8);
                quote = false;
                foreach (var r in a.Recommendations)
                {
                    quote |= r.Applies == Applicability.Yes && ScreeningCsv.NeedsQuotes(r.Position.Recommendation.Id.Value);
                }

                Open(output, quote);
                var first = true;
                foreach (var r in a.Recommendations)
                {
                    if (r.Applies == Applicability.Yes)
                    {
                        if (!first)
                        {
                            output.Write(";"u8);
                        }

                        Part(output, r.Position.Recommendation.Id.Value, quote);
                        output.Write(":"u8);
                        Ascii(output, ScreeningCsv.Kebab(r.Position.Stance.Stance));
                        first = false;
                    }
                }

                Open(output, quote);
                output.Write(","u8);
                Number(output, a.Conflicts.Count);
                output.Write(","u8);
                Number(output, _asked.GetValueOrDefault(a.Intervention.Id));
                output.Write("\n"u8);
            }
        }

        /// <summary>A field, quoted when <paramref name="quote"/>.</summary>
        private static void Field(ArrayBufferWriter<byte> output, string value, bool quote)
        {
            Open(output, quote);
            Part(output, value, quote);
            Open(output, quote);
        }

        /// <summary>The quote that opens or closes a quoted field.</summary>
        private static void Open(ArrayBufferWriter<byte> output, bool quote)
        {
            if (quote)
            {
                output.Write("\""u8);
            }
        }

        /// <summary>Part of a field, its quotes doubled when the field is quoted (RFC 4180).</summary>
        private static void Part(ArrayBufferWriter<byte> output, string value, bool quoted) =>
            Encoding.UTF8.GetBytes(quoted ? value.Replace("\"", "\"\"", StringComparison.Ordinal) : value, output);

        private static void Ascii(ArrayBufferWriter<byte> output, string value) => Encoding.UTF8.GetBytes(value, output);

        private static void Number(ArrayBufferWriter<byte> output, int value)
        {
            value.TryFormat(output.GetSpan(11), out var written, default, CultureInfo.InvariantCulture);
            output.Advance(written);
        }
    }
}
