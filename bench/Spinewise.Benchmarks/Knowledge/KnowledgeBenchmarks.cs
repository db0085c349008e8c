using BenchmarkDotNet.Attributes;
using Spinewise.Domain;
using Spinewise.Domain.Vocabulary;
using Spinewise.Knowledge;

namespace Spinewise.Benchmarks.Knowledge;

/// <summary>Start-up cost of loading and validating the shipped knowledge, and the cost of a filtered query.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class KnowledgeBenchmarks
{
    private KnowledgeBase _kb = null!;
    private readonly RecommendationQuery _query = new(Intervention: new InterventionId("lumbar-rfa"), Grade: "A");

    /// <summary>Loads the knowledge once for the query benchmark.</summary>
    [GlobalSetup]
    public void Setup() => _kb = KnowledgeLoader.Load(KnowledgeLoader.DefaultDirectory).Value;

    /// <summary>Read, parse, validate and index every knowledge file.</summary>
    [Benchmark]
    public KnowledgeLoadResult LoadAndValidate() => KnowledgeLoader.Load(KnowledgeLoader.DefaultDirectory);

    /// <summary>Recommendations naming lumbar RFA with grade A.</summary>
    [Benchmark]
    public int QueryByInterventionAndGrade() => _kb.Query(_query).Count;
}
