using Spinewise.Domain.Cases;
using Spinewise.Domain.Decisions;

namespace Spinewise.Application.Evaluations;

/// <summary>
/// Population screening: evaluates many case files in chunks — each chunk's files read, validated and evaluated in
/// parallel, then given to the sink in input order — so memory stays bounded whatever the number of files. One invalid
/// file (or a case id used twice) stops the evaluation: every remaining file is still validated so that every problem is
/// reported, and the sink gets nothing more.
/// </summary>
/// <param name="host">The knowledge and the clock.</param>
public sealed class ScreenCases(KnowledgeHost host)
{
    private const int ChunkSize = 128;

    /// <summary>Screens <paramref name="files"/> into <paramref name="sink"/>.</summary>
    /// <param name="files">Paths of case files (JSON), in the order wanted.</param>
    /// <param name="asOf">The date to evaluate as of when a case has no <c>asOf</c>; null for today.</param>
    /// <param name="sink">Where each evaluation goes.</param>
    /// <param name="progress">Told the number of files done after each chunk; may be null.</param>
    /// <returns>Counts and every problem found.</returns>
    public ScreeningSummary Execute(IReadOnlyList<string> files, DateOnly? asOf, IEvaluationSink sink, IProgress<int>? progress)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(sink);
        var run = new Run(new EvaluateCase(host), host.Engine.Interventions.Count, sink);
        var today = asOf ?? host.Today;
        var evaluations = new Evaluation?[ChunkSize];
        var problems = new IReadOnlyList<CaseDiagnostic>[ChunkSize];
        var ids = new string?[ChunkSize];
        for (var start = 0; start < files.Count; start += ChunkSize)
        {
            var count = Math.Min(ChunkSize, files.Count - start);
            var evaluate = run.Problems.Count == 0;
            Parallel.For(0, count, i =>
            {
                var read = Read(run.Cases, files[start + i]);
                (problems[i], ids[i], evaluations[i]) = (read.Diagnostics, read.Case?.Id, null);
                if (read.Case is { } patient && evaluate)
                {
                    var evaluation = run.Cases.Evaluate(patient, today);
                    _ = evaluation.Contract;
                    evaluations[i] = evaluation;
                }
            });
            for (var i = 0; i < count; i++)
            {
                run.Collect(files[start + i], problems[i], ids[i], evaluations[i]);
            }

            progress?.Report(start + count);
        }

        var counts = host.Engine.Interventions.Select((id, p) => new ScreeningCounts(
            id.Value, run.Counts[p, (int)CandidateStatus.Candidate], run.Counts[p, (int)CandidateStatus.Undetermined],
            run.Counts[p, (int)CandidateStatus.NotCandidate], run.Counts[p, (int)CandidateStatus.NotAddressed])).ToList();
        return new ScreeningSummary(files.Count, run.Evaluated, run.InvalidFiles, run.Problems, counts);
    }

    private static CaseReadResult Read(EvaluateCase cases, string path)
    {
        var name = Path.GetRelativePath(Environment.CurrentDirectory, path);
        try
        {
            return cases.Read(File.ReadAllBytes(path), name);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new CaseReadResult(null, [new CaseDiagnostic(CaseDiagnosticCodes.MalformedJson, name, 1, 1, "$", $"cannot read the file: {ex.Message}")]);
        }
    }

    /// <summary>The state of one run: status counts, problems found, cases evaluated.</summary>
    private sealed class Run(EvaluateCase cases, int interventions, IEvaluationSink sink)
    {
        private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

        public EvaluateCase Cases { get; } = cases;

        public int[,] Counts { get; } = new int[interventions, 4];

        public List<CaseDiagnostic> Problems { get; } = [];

        public int InvalidFiles { get; private set; }

        public int Evaluated { get; private set; }

        public void Collect(string path, IReadOnlyList<CaseDiagnostic> problems, string? id, Evaluation? evaluation)
        {
            if (problems.Count > 0)
            {
                Problems.AddRange(problems);
                InvalidFiles++;
                return;
            }

            if (!_ids.TryAdd(id!, Path.GetFileName(path)))
            {
                Problems.Add(new CaseDiagnostic(CaseDiagnosticCodes.Duplicate, path, 1, 1, "$.id", $"case id '{id}' is also the id of {_ids[id!]}"));
                InvalidFiles++;
                return;
            }

            if (Problems.Count == 0 && evaluation is not null)
            {
                sink.Accept(evaluation);
                var statuses = evaluation.Report.Interventions;
                for (var p = 0; p < statuses.Count; p++)
                {
                    Counts[p, (int)statuses[p].Status]++;
                }

                Evaluated++;
            }
        }
    }
}
