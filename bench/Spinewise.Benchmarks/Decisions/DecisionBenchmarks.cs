using BenchmarkDotNet.Attributes;
using Spinewise.Domain;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Decisions;
using Spinewise.Knowledge;

namespace Spinewise.Benchmarks.Decisions;

/// <summary>
/// One case against the whole knowledge base: the allocation-free core (every criterion, status, applicability and
/// question count) and the full report; and throughput over the example cases on one core and on every core.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class DecisionBenchmarks
{
    private const int Batch = 10_000;
    private static readonly DateOnly Today = new(2026, 12, 1);
    private DecisionEngine _engine = null!;
    private EvaluationScratch _scratch = null!;
    private PatientCase _stenosis = null!;
    private PatientCase[] _cases = [];
    private DecisionReport _report = null!;
    private KnowledgeBase _kb = null!;
    private Application.Contracts.RecommendContract _contract = null!;
    private readonly System.Buffers.ArrayBufferWriter<byte> _buffer = new(1 << 16);

    /// <summary>Loads the knowledge, compiles the engine and reads the example cases.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var kb = KnowledgeLoader.Load(KnowledgeLoader.DefaultDirectory).Value;
        _engine = DecisionEngine.Compile(kb);
        _scratch = _engine.CreateScratch();
        var examples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "cases"), "*.json").Order(StringComparer.Ordinal)
            .Select(f => CaseJsonReader.Read(File.ReadAllBytes(f), f, kb).Value)
            .ToArray();
        _stenosis = examples.Single(c => c.Id == "stenosis-claudication");
        _cases = Enumerable.Range(0, Batch).Select(i => examples[i % examples.Length]).ToArray();
        _report = _engine.Evaluate(_stenosis, Today);
        _kb = kb;
        _contract = Application.Contracts.RecommendContract.From(kb, _report);
    }

    /// <summary>The stenosis case into a reused scratch: no allocation.</summary>
    [Benchmark(Baseline = true)]
    public CandidateStatus EvaluateInto()
    {
        _engine.EvaluateInto(_stenosis, Today, _scratch);
        return _scratch.StatusAt(0);
    }

    /// <summary>The stenosis case with its full report (stances, why, conflicts, questions).</summary>
    [Benchmark]
    public DecisionReport EvaluateWithReport() => _engine.Evaluate(_stenosis, Today);

    /// <summary>The stenosis case with its full report and every "why" text read (as the JSON writers do).</summary>
    [Benchmark]
    public int EvaluateWithReportAndWhy()
    {
        var report = _engine.Evaluate(_stenosis, Today);
        var length = 0;
        foreach (var assessment in report.Interventions)
        {
            foreach (var fit in assessment.Recommendations)
            {
                length += fit.Why.Length;
            }
        }

        return length;
    }

    /// <summary>The stenosis case's report as one NDJSON line of the folder mode: the recommend contract, on one line (into a reused buffer).</summary>
    [Benchmark]
    public int ScreeningLine()
    {
        _buffer.ResetWrittenCount();
        using var json = new System.Text.Json.Utf8JsonWriter(_buffer, new System.Text.Json.JsonWriterOptions { Encoder = Application.Json.ContractJson.Options.Encoder });
        System.Text.Json.JsonSerializer.Serialize(json, Application.Contracts.RecommendContract.From(_kb, _report), Application.Json.ContractJson.Options);
        json.Flush();
        return _buffer.WrittenCount;
    }

    /// <summary>The stenosis case's report mapped to the recommend contract (the answer's object graph), not serialized.</summary>
    [Benchmark]
    public Application.Contracts.RecommendContract Contract() => Application.Contracts.RecommendContract.From(_kb, _report);

    /// <summary>The stenosis case's contract, built once, serialized as the API's answer (compact JSON, into a reused buffer).</summary>
    [Benchmark]
    public int SerializeContract()
    {
        _buffer.ResetWrittenCount();
        using var json = new System.Text.Json.Utf8JsonWriter(_buffer, new System.Text.Json.JsonWriterOptions { Encoder = Application.Json.ContractJson.Wire.Encoder });
        System.Text.Json.JsonSerializer.Serialize(json, _contract, Application.Json.ContractJson.Wire);
        json.Flush();
        return _buffer.WrittenCount;
    }

    /// <summary>10,000 cases (the examples in turn) with reports, one core: per-case time.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int ReportsOneCore()
    {
        var n = 0;
        foreach (var c in _cases)
        {
            n += _engine.Evaluate(c, Today).AskNext.Count;
        }

        return n;
    }

    /// <summary>10,000 cases with reports on every core (as the folder mode runs them): per-case wall time.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int ReportsAllCores()
    {
        var n = 0;
        Parallel.For(0, _cases.Length, i => Interlocked.Add(ref n, _engine.Evaluate(_cases[i], Today).AskNext.Count));
        return n;
    }

    /// <summary>Compiling the engine from a loaded knowledge base (once at start).</summary>
    [Benchmark]
    public DecisionEngine Compile() => DecisionEngine.Compile(_engine.Knowledge);
}
