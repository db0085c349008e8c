using BenchmarkDotNet.Attributes;
using Spinewise.Evidence.Models;

namespace Spinewise.Benchmarks.Evidence;

/// <summary>Random-effects fits (REML and DL) at k = 1,000, 10,000 and 100,000, as metafor's perf baseline times them.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class RmaBenchmarks
{
    private double[] _yi = [];
    private double[] _vi = [];

    /// <summary>Number of studies.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int K { get; set; }

    /// <summary>tau² estimator.</summary>
    [Params(TauSquaredEstimator.REML, TauSquaredEstimator.DL)]
    public TauSquaredEstimator Method { get; set; }

    /// <summary>Loads or generates the data set.</summary>
    [GlobalSetup]
    public void Setup() => (_yi, _vi) = SyntheticSets.Get(K);

    /// <summary>One default fit (metafor's defaults: z test, threshold 1e-5): tau², its SE, QE, I², H², coefficients,
    /// their SEs, tests and CIs, and the fit statistics; weights(%) are left for <see cref="FitWithStudyOutputs"/>.</summary>
    [Benchmark]
    public double Fit() => Rma.Fit(_yi, _vi, new RmaOptions { Method = Method }).Tau2;

    /// <summary>The fit as the CLI uses it: also the per-study weights (%) and rows it writes to JSON (computed on demand).</summary>
    [Benchmark]
    public double FitWithStudyOutputs()
    {
        var fit = Rma.Fit(_yi, _vi, new RmaOptions { Method = Method });
        var weights = fit.WeightsPercent.ToArray();
        var rows = fit.RowsUsed.Select(r => r + 1).ToArray();
        return fit.Tau2 + weights[^1] + rows[^1];
    }
}
