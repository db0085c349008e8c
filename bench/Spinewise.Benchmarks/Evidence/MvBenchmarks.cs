using BenchmarkDotNet.Attributes;
using Spinewise.Evidence.Multivariate;

namespace Spinewise.Benchmarks.Evidence;

/// <summary>
/// rma.mv, three-level REML (<c>~ 1 | cluster/school</c>): 10,000 effect sizes in 1,000 clusters of 5 schools with
/// 2 effects each (issue 15's target: ≤ 20 ms). The whole fit is measured: validation, blocking and Fisher scoring.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 10)]
public class MvBenchmarks
{
    private RmaMvModel _model = null!;

    /// <summary>Simulates the data (MINSTD, seed 2026, as bench/mv-metafor.R): σ²(cluster) = 0.1, σ²(school) = 0.05, vi uniform on [0.01, 0.1].</summary>
    [GlobalSetup]
    public void Setup()
    {
        const int clusters = 1_000, schools = 5, perSchool = 2;
        var random = new Minstd(2026);
        double Normal(double sd) => random.Normal(sd);
        var yi = new List<double>();
        var vi = new List<double>();
        var cluster = new List<string?>();
        var school = new List<string?>();
        for (int c = 0; c < clusters; c++)
        {
            double u = Normal(Math.Sqrt(0.1));
            for (int s = 0; s < schools; s++)
            {
                double w = Normal(Math.Sqrt(0.05));
                for (int e = 0; e < perSchool; e++)
                {
                    double v = 0.01 + (0.09 * random.Next());
                    yi.Add(0.2 + u + w + Normal(Math.Sqrt(v)));
                    vi.Add(v);
                    cluster.Add($"c{c}");
                    school.Add($"s{s}");
                }
            }
        }

        _model = new RmaMvModel
        {
            Yi = yi,
            V = SamplingCovariance.FromVariances(vi),
            Random = [RandomTerm.Intercepts("cluster", "school")],
            Factors = new Dictionary<string, IReadOnlyList<string?>> { ["cluster"] = cluster, ["school"] = school },
        };
    }

    /// <summary>rma.mv(yi, vi, random = ~ 1 | cluster/school, method = "REML").</summary>
    [Benchmark]
    public double ThreeLevelReml() => RmaMv.Fit(_model).Sigma2[0];

    /// <summary>The fit and confint(res): profile-likelihood CIs of both σ² (four bounds, each a uniroot over warm-started profile fits).</summary>
    [Benchmark]
    public double ThreeLevelRemlConfint() => RmaMv.Confint(RmaMv.Fit(_model))[0].Value.CiUb;
}
