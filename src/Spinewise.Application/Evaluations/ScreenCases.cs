using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using Spinewise.Application.Screening;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Diagnostics;
using Spinewise.Fhir;

namespace Spinewise.Application.Evaluations;

/// <summary>
/// Population screening: evaluates many case files in chunks — each chunk's files read, validated and evaluated in
/// parallel, then given to the sink (or written as compact lines) in input order — so memory stays bounded whatever the
/// number of files. One invalid file (or a case id used twice) stops the evaluation: every remaining file is still
/// validated so that every problem is reported, and nothing more is given or written.
/// </summary>
/// <param name="host">The knowledge and the clock.</param>
public sealed class ScreenCases(KnowledgeHost host)
{
    private const int ChunkSize = 256;
    private static readonly UnmappedCode[] NoUnmapped = [];

    /// <summary>Screens <paramref name="files"/> into <paramref name="sink"/>, each evaluation with its contract made.</summary>
    /// <param name="files">Paths of case files (JSON), in the order wanted.</param>
    /// <param name="asOf">The date to evaluate as of when a case has no <c>asOf</c>; null for today.</param>
    /// <param name="sink">Where each evaluation goes.</param>
    /// <param name="progress">Told the number of files done after each chunk; may be null.</param>
    /// <returns>Counts and every problem found.</returns>
    public ScreeningSummary Execute(IReadOnlyList<string> files, DateOnly? asOf, IEvaluationSink sink, IProgress<int>? progress)
    {
        ArgumentNullException.ThrowIfNull(sink);
        return Screen(files, asOf, sink, null, progress);
    }

    /// <summary>
    /// Screens <paramref name="files"/> into <paramref name="output"/> as one compact line per case, the
    /// <see cref="ScreeningLine"/> of <c>screen</c>'s <c>patients.ndjson</c> (no unmapped codes), each written on the
    /// worker thread straight from the decision report (<see cref="ScreeningLineWriter"/>) and copied to the output in order.
    /// </summary>
    /// <param name="files">Paths of case files (JSON), in the order wanted.</param>
    /// <param name="asOf">The date to evaluate as of when a case has no <c>asOf</c>; null for today.</param>
    /// <param name="output">Where the lines go (UTF-8, each ended by <c>\n</c>).</param>
    /// <param name="progress">Told the number of files done after each chunk; may be null.</param>
    /// <returns>Counts and every problem found.</returns>
    public ScreeningSummary ExecuteCompact(IReadOnlyList<string> files, DateOnly? asOf, Stream output, IProgress<int>? progress)
    {
        ArgumentNullException.ThrowIfNull(output);
        return Screen(files, asOf, null, output, progress);
    }

    private ScreeningSummary Screen(IReadOnlyList<string> files, DateOnly? asOf, IEvaluationSink? sink, Stream? output, IProgress<int>? progress)
    {
        ArgumentNullException.ThrowIfNull(files);
        var cases = new EvaluateCase(host);
        var run = new Run(host.Engine.Interventions.Count);
        var today = asOf ?? host.Today;
        var evaluations = new Evaluation?[ChunkSize];
        var problems = new IReadOnlyList<Diagnostic>[ChunkSize];
        var ids = new string?[ChunkSize];
        var lines = output is null ? [] : Enumerable.Range(0, ChunkSize).Select(_ => new ArrayBufferWriter<byte>(16 * 1024)).ToArray();
        var workers = new ConcurrentBag<Worker>();
        var directory = Environment.CurrentDirectory;
        for (var start = 0; start < files.Count; start += ChunkSize)
        {
            var count = Math.Min(ChunkSize, files.Count - start);
            var evaluate = run.Problems.Count == 0;
            Parallel.For(0, count, () => workers.TryTake(out var w) ? w : new Worker(), (i, state, worker) =>
            {
                var read = worker.Read(cases, files[start + i], directory);
                var valid = read.TryGetValue(out var patient);
                (problems[i], ids[i], evaluations[i]) = (read.Diagnostics, patient?.Id, null);
                if (valid && patient is not null && evaluate)
                {
                    var evaluation = cases.Evaluate(patient, today);
                    if (output is null)
                    {
                        _ = evaluation.Contract;
                    }
                    else
                    {
                        worker.Write(lines[i], patient.Id, evaluation.Report);
                    }

                    evaluations[i] = evaluation;
                }

                return worker;
            }, workers.Add);
            for (var i = 0; i < count; i++)
            {
                if (run.Collect(files[start + i], problems[i], ids[i], evaluations[i]) is { } accepted)
                {
                    if (output is null)
                    {
                        sink!.Accept(accepted);
                    }
                    else
                    {
                        output.Write(lines[i].WrittenSpan);
                    }
                }

                evaluations[i] = null;
            }

            progress?.Report(start + count);
        }

        foreach (var worker in workers)
        {
            worker.Dispose();
        }

        var counts = host.Engine.Interventions.Select((id, p) => new ScreeningCounts(
            id.Value, run.Counts[p, (int)CandidateStatus.Candidate], run.Counts[p, (int)CandidateStatus.Undetermined],
            run.Counts[p, (int)CandidateStatus.NotCandidate], run.Counts[p, (int)CandidateStatus.NotAddressed])).ToList();
        return new ScreeningSummary(files.Count, run.Evaluated, run.InvalidFiles, run.Problems, counts);
    }

    /// <summary>One worker thread's reusable state: the file buffer and the line writer.</summary>
    private sealed class Worker : IDisposable
    {
        /// <summary>Files up to this size are read into the worker's own buffer; larger ones into a pooled one given back at once.</summary>
        private const int KeptBuffer = 1 << 20;

        private readonly Utf8JsonWriter _writer = new(Stream.Null, ScreeningLineWriter.Options);
        private byte[] _buffer = new byte[64 * 1024];

        public Result<PatientCase> Read(EvaluateCase cases, string path, string directory)
        {
            var name = Path.GetRelativePath(directory, path);
            byte[]? rented = null;
            try
            {
                using var handle = File.OpenHandle(path);
                var length = RandomAccess.GetLength(handle);
                if (length > Array.MaxLength)
                {
                    throw new IOException($"the file is {length:N0} bytes, more than a case can be");
                }

                var buffer = length <= _buffer.Length ? _buffer
                    : length <= KeptBuffer ? _buffer = new byte[Math.Max((int)length, 2 * _buffer.Length)]
                    : rented = ArrayPool<byte>.Shared.Rent((int)length);
                var total = 0;
                for (int n; total < length && (n = RandomAccess.Read(handle, buffer.AsSpan(total, (int)length - total), total)) > 0;)
                {
                    total += n;
                }

                if (length == 0)
                {
                    // a file that reports no length (a pipe, a special file): read it to its end
                    return cases.Read(File.ReadAllBytes(path), name);
                }

                return cases.Read(buffer.AsSpan(0, total), name);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return Result<PatientCase>.Failure([new Diagnostic(CaseDiagnosticCodes.MalformedJson, new DiagnosticLocation(name, 1, 1, "$"), $"cannot read the file: {ex.Message}")]);
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<byte>.Shared.Return(rented);
                }
            }
        }

        public void Dispose() => _writer.Dispose();

        public void Write(ArrayBufferWriter<byte> line, string patient, DecisionReport report)
        {
            line.ResetWrittenCount();
            _writer.Reset(line);
            ScreeningLineWriter.Write(_writer, patient, report, NoUnmapped);
            _writer.Flush();
            line.Write("\n"u8);
        }
    }

    /// <summary>The state of one run: status counts, problems found, cases evaluated.</summary>
    private sealed class Run(int interventions)
    {
        private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

        public int[,] Counts { get; } = new int[interventions, 4];

        public List<Diagnostic> Problems { get; } = [];

        public int InvalidFiles { get; private set; }

        public int Evaluated { get; private set; }

        /// <summary>Takes one file's outcome; the evaluation when it is to be given on (no problem so far), else null.</summary>
        public Evaluation? Collect(string path, IReadOnlyList<Diagnostic> problems, string? id, Evaluation? evaluation)
        {
            if (problems.Count > 0)
            {
                Problems.AddRange(problems);
                InvalidFiles++;
                return null;
            }

            if (!_ids.TryAdd(id!, Path.GetFileName(path)))
            {
                Problems.Add(new Diagnostic(CaseDiagnosticCodes.Duplicate, new DiagnosticLocation(path, 1, 1, "$.id"), $"case id '{id}' is also the id of {_ids[id!]}"));
                InvalidFiles++;
                return null;
            }

            if (Problems.Count > 0 || evaluation is null)
            {
                return null;
            }

            var statuses = evaluation.Report.Interventions;
            for (var p = 0; p < statuses.Count; p++)
            {
                Counts[p, (int)statuses[p].Status]++;
            }

            Evaluated++;
            return evaluation;
        }
    }
}
