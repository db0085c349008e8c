using BenchmarkDotNet.Attributes;
using Spinewise.Evidence.EffectSizes;

namespace Spinewise.Benchmarks.Evidence;

/// <summary>Log odds ratios for 10⁶ random 2×2 tables (metafor's baseline: escalc OR on 10⁶ tables).</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class EscalcBenchmarks
{
    private EscalcData _data = new();

    /// <summary>Generates the tables (fixed seed; some zero cells).</summary>
    [GlobalSetup]
    public void Setup()
    {
        const int k = 1_000_000;
        var random = new Random(2026);
        double[] Cells() => Enumerable.Range(0, k).Select(_ => (double)random.Next(0, 60)).ToArray();
        _data = new EscalcData { Ai = Cells(), Bi = Cells(), Ci = Cells(), Di = Cells() };
    }

    /// <summary>escalc(measure = "OR") with metafor's zero-cell defaults.</summary>
    [Benchmark]
    public int OddsRatio() => Escalc.Compute(EffectMeasure.OR, _data).Yi.Count;
}
