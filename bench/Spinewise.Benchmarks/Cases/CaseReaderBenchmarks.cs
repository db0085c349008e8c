using BenchmarkDotNet.Attributes;
using Spinewise.Domain;
using Spinewise.Domain.Cases;
using Spinewise.Knowledge;

namespace Spinewise.Benchmarks.Cases;

/// <summary>
/// Reading one case file's bytes: the JSON form only (<see cref="CaseJsonReader.ReadDraft"/>), and the form and
/// validation against the knowledge (<see cref="CaseJsonReader.Read"/>), for the stenosis example case (as the folder
/// mode does per file, after reading it from disk).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class CaseReaderBenchmarks
{
    private byte[] _stenosis = [];
    private KnowledgeBase _kb = null!;

    /// <summary>Loads the knowledge and the case's bytes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _kb = KnowledgeLoader.Load(KnowledgeLoader.DefaultDirectory).Value;
        _stenosis = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "cases", "stenosis-claudication.json"));
    }

    /// <summary>The JSON form into a draft: types, dates, enum spellings, known keys, each field's line and column.</summary>
    [Benchmark(Baseline = true)]
    public CaseDraft ReadDraft() => CaseJsonReader.ReadDraft(_stenosis, "stenosis-claudication.json").Value;

    /// <summary>The JSON form and validation: ranges, known ids, contradictions; the patient case.</summary>
    [Benchmark]
    public PatientCase ReadAndValidate() => CaseJsonReader.Read(_stenosis, "stenosis-claudication.json", _kb).Value;
}
