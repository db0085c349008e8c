using BenchmarkDotNet.Attributes;
using Spinewise.Evidence.Models;

namespace Spinewise.Benchmarks.Evidence;

/// <summary>REML meta-regression with one numeric moderator at k = 100,000 (the general p-column path, pooled buffers).</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class MetaRegressionBenchmarks
{
    private double[] _yi = [];
    private double[] _vi = [];
    private ModelMatrix _x = ModelMatrix.InterceptOnly(1);

    /// <summary>The generated k = 100,000 set with sqrt(vi) as moderator (as in regtest).</summary>
    [GlobalSetup]
    public void Setup()
    {
        (_yi, _vi) = SyntheticSets.Get(100_000);
        _x = ModelMatrix.FromModerators(_yi.Length, [Moderator.Numeric("sei", _vi.Select(Math.Sqrt).ToArray())]);
    }

    /// <summary>One default REML fit with the moderator.</summary>
    [Benchmark]
    public double FitReml() => Rma.Fit(_yi, _vi, new RmaOptions(), _x).Tau2;
}
