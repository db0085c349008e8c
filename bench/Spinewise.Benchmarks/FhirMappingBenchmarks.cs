using BenchmarkDotNet.Attributes;
using Spinewise.Domain;
using Spinewise.Domain.Cases;
using Spinewise.Fhir;
using Spinewise.Knowledge;

namespace Spinewise.Benchmarks;

/// <summary>
/// A FHIR R4 Bundle to a validated case — read (the fast reader, Firely on giving up), map, validate — for the example
/// charts in <c>examples/fhir/</c> (target ≤ 50 µs per chart); each step alone; and the Firely reader alone, as it read
/// every chart before (<c>ReadFirely</c>), for the ratio in the same run.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class FhirMappingBenchmarks
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);
    private KnowledgeBase _kb = null!;
    private FhirCaseMapper _mapper = null!;
    private byte[] _chart = [];
    private FhirRecords _records = null!;

    /// <summary>The chart to measure (file name without <c>.json</c>).</summary>
    [ParamsSource(nameof(Charts))]
    public string Chart { get; set; } = "disc-herniation-tfesi";

    /// <summary>The example charts.</summary>
    public static IEnumerable<string> Charts() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fhir"), "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    /// <summary>Loads the knowledge and the chart.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _kb = KnowledgeLoader.Load(KnowledgeLoader.DefaultDirectory).Value;
        _mapper = new FhirCaseMapper(_kb);
        _chart = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fhir", Chart + ".json"));
        _records = _mapper.ReadBundle(_chart, "chart.json").Value;
    }

    /// <summary>Bundle bytes → validated case: read, map, validate.</summary>
    [Benchmark(Baseline = true)]
    public PatientCase ReadMapValidate()
    {
        var records = _mapper.ReadBundle(_chart, "chart.json").Value;
        return CaseValidator.Validate(_mapper.Map(records, AsOf).Draft, _kb).Value;
    }

    /// <summary>Reading alone (the fast reader and collecting the resources).</summary>
    [Benchmark]
    public int Read() => _mapper.ReadBundle(_chart, "chart.json").Value.Count;

    /// <summary>Reading with the Firely deserializer alone, as before the fast reader.</summary>
    [Benchmark]
    public int ReadFirely() => Fhir.Internal.FirelyReader.Read(_chart, "chart.json", null, bundleOnly: true, withLines: true).Value.Count;

    /// <summary>Mapping and validation of resources already read.</summary>
    [Benchmark]
    public PatientCase MapValidate() => CaseValidator.Validate(_mapper.Map(_records, AsOf).Draft, _kb).Value;
}
