using Spinewise.Application.Evaluations;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Decisions;
using Spinewise.Fhir;
using Spinewise.Fhir.Bulk;

namespace Spinewise.Application.Screening;

/// <summary>
/// Population screening of a FHIR Bulk Data export (docs/screening.md): the lines joined by patient in bounded memory
/// (<see cref="BulkJoin"/>), each patient's chart read and mapped with <see cref="FhirCaseMapper"/> by the rules of
/// docs/fhir.md, validated and — when it is about low back pain — evaluated; each partition's patients in parallel
/// chunks, given to the sink in order. Bad lines are given to the sink and counted. Each patient's performed procedures
/// are audited on the chart of the day each was performed (<see cref="ProcedureAudit"/>), whatever the patient's outcome.
/// </summary>
/// <param name="host">The knowledge and the clock.</param>
public sealed class ScreenExport(KnowledgeHost host)
{
    /// <summary>How many bad lines of each reason the summary lists (the sink gets them all).</summary>
    public const int ExamplesPerReason = 20;

    private const int ChunkSize = 256;

    /// <summary>Screens the patients of <paramref name="shard"/> in <paramref name="files"/> into <paramref name="sink"/>.</summary>
    /// <param name="files">The export's files (<see cref="BulkExport.Find"/>).</param>
    /// <param name="workDirectory">A folder for the temporary partition files (deleted at the end).</param>
    /// <param name="asOf">The evaluation date; null for today.</param>
    /// <param name="shard">The patients kept.</param>
    /// <param name="sink">Where each patient and bad line goes.</param>
    /// <param name="progress">Told the bytes read while partitioning, then the patients done; may be null.</param>
    /// <param name="cancellation">Stops between lines and between chunks.</param>
    public ExportScreeningSummary Execute(IReadOnlyList<BulkFile> files, string workDirectory, DateOnly? asOf, BulkShard shard, IScreeningSink sink,
        IProgress<ScreeningProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(sink);
        var date = asOf ?? host.Today;
        var mapper = new FhirCaseMapper(host.Knowledge);
        var evaluator = new EvaluateCase(host);
        var audit = new ProcedureAudit(host);
        var tally = new Tally(host.Engine.Interventions.Count, sink);
        var bytes = files.Sum(f => new FileInfo(f.Path).Length);
        using var partitions = BulkJoin.Partition(files, workDirectory, shard, tally.Reject,
            progress is null ? null : new Relay<long>(b => progress.Report(new ScreeningProgress(b, bytes, tally.Read, 0))), cancellation);
        // two chunks in flight: the pool screens chunk n + 1 while this thread hands chunk n to the sink in order
        var slots = new[] { new Chunk(), new Chunk() };
        Chunk? ready = null;
        var n = 0;
        foreach (var (patients, start, count, done) in Chunks(partitions))
        {
            cancellation.ThrowIfCancellationRequested();
            var chunk = slots[n++ % 2];
            var screening = Task.Run(() => Parallel.For(0, count, i =>
            {
                var patient = patients[start + i];
                var bad = chunk.BadLines[i] = [.. patient.Rejected];
                var result = chunk.Results[i] = patient.IsHeld ? Screen(patient, mapper, evaluator, audit, date, bad) : null;
                chunk.Rendered[i] = result is null ? null : sink.Render(result);
            }), cancellation);
            if (ready is not null)
            {
                Drain(ready, tally, progress, bytes);
            }

            screening.GetAwaiter().GetResult();
            chunk.Count = count;
            chunk.Done = done;
            ready = chunk;
        }

        if (ready is not null)
        {
            Drain(ready, tally, progress, bytes);
        }

        var counts = host.Engine.Interventions.Select((id, p) => new ScreeningCounts(
            id.Value, tally.Counts[p, (int)CandidateStatus.Candidate], tally.Counts[p, (int)CandidateStatus.Undetermined],
            tally.Counts[p, (int)CandidateStatus.NotCandidate], tally.Counts[p, (int)CandidateStatus.NotAddressed])).ToList();
        return new ExportScreeningSummary(files.Count, bytes, partitions.Lines, tally.Read, tally.Mapped, tally.Evaluated, tally.NotAboutLowBackPain,
            tally.Invalid, counts, tally.BadLineCounts(), tally.UnmappedCounts(), tally.DecidingCounts())
        {
            Audit = tally.AuditCounts(host.Engine.Interventions.Select(i => i.Value).ToList()),
            MissingPrerequisites = tally.MissingCounts(),
        };
    }

    /// <summary>One patient's chart read, mapped, validated and evaluated (what a Bundle of the same resources gives).</summary>
    private ScreenedPatient Screen(BulkPatient patient, FhirCaseMapper mapper, EvaluateCase evaluator, ProcedureAudit audit, DateOnly date, List<BulkBadLine> bad)
    {
        var records = patient.Read(mapper, bad.Add);
        var audited = audit.Audit(records, patient.Id);
        var mapping = mapper.Map(records, date);
        if (records.PatientId is null)
        {
            // no (valid) Patient resource: the case is still the patient's, without what the Patient says
            mapping = mapping with { Draft = mapping.Draft with { Id = patient.Id } };
        }

        var validated = CaseValidator.Validate(mapping.Draft, host.Knowledge);
        if (mapping.Problems.Count > 0 || !validated.TryGetValue(out var valid))
        {
            return new ScreenedPatient(patient.Id, ScreenedPatientOutcome.InvalidCase, null, mapping.Unmapped, [.. mapping.Problems, .. validated.Diagnostics]) { Audited = audited };
        }

        if (!mapping.HasLowBackPain)
        {
            return new ScreenedPatient(patient.Id, ScreenedPatientOutcome.NotAboutLowBackPain, null, mapping.Unmapped, []) { Audited = audited };
        }

        return new ScreenedPatient(patient.Id, ScreenedPatientOutcome.Evaluated, evaluator.Evaluate(valid, date).Report, mapping.Unmapped, []) { Audited = audited };
    }

    /// <summary>Every partition's patients in chunks of <see cref="ChunkSize"/>, partition by partition.</summary>
    /// <remarks>Each chunk comes with the share of the partitions done once it is screened.</remarks>
    private static IEnumerable<(IReadOnlyList<BulkPatient> Patients, int Start, int Count, double Done)> Chunks(BulkPartitions partitions)
    {
        for (var p = 0; p < partitions.Count; p++)
        {
            var patients = partitions.Read(p);
            for (var start = 0; start < patients.Count; start += ChunkSize)
            {
                var count = Math.Min(ChunkSize, patients.Count - start);
                yield return (patients, start, count, (p + ((start + count) / (double)patients.Count)) / partitions.Count);
            }
        }
    }

    /// <summary>Hands a screened chunk to the tally (and so the sink), in (hash, id) order whatever the number of partitions: what <c>screen merge</c> relies on.</summary>
    private static void Drain(Chunk chunk, Tally tally, IProgress<ScreeningProgress>? progress, long bytes)
    {
        for (var i = 0; i < chunk.Count; i++)
        {
            chunk.BadLines[i].ForEach(tally.Reject);
            if (chunk.Results[i] is { } result)
            {
                tally.Accept(result, chunk.Rendered[i]);
            }

            chunk.Results[i] = null;
            chunk.Rendered[i] = null;
        }

        progress?.Report(new ScreeningProgress(bytes, bytes, tally.Read, chunk.Done));
    }

    /// <summary>One chunk's results, reused.</summary>
    private sealed class Chunk
    {
        public ScreenedPatient?[] Results { get; } = new ScreenedPatient?[ChunkSize];

        public object?[] Rendered { get; } = new object?[ChunkSize];

        public List<BulkBadLine>[] BadLines { get; } = new List<BulkBadLine>[ChunkSize];

        public int Count { get; set; }

        public double Done { get; set; }
    }

    /// <summary>Reports progress synchronously.</summary>
    private sealed class Relay<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
