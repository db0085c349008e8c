using System.Globalization;
using BenchmarkDotNet.Attributes;
using Spinewise.Evidence.Network;

namespace Spinewise.Benchmarks.Evidence;

/// <summary>
/// Contrast-based network meta-analysis from arms (MD), 20 treatments, 500 studies of which 10 % have three arms,
/// REML with random = ~ comp | study, rho = 1/2 (issue 15's target: ≤ 20 ms). The data come from
/// <see cref="Synthetic"/>, which bench/nma-metafor.R reproduces draw for draw (MINSTD generator, Box–Muller) to time
/// metafor on the same network.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 10)]
public class NetworkBenchmarks
{
    private NetworkData _data = null!;

    /// <summary>Builds the synthetic network.</summary>
    [GlobalSetup]
    public void Setup() => _data = NetworkData.FromArms(Synthetic());

    /// <summary>Contrasts from arms + the consistency model + league table + P-scores (no inconsistency, no rank draws).</summary>
    [Benchmark(Baseline = true)]
    public double ConsistencyReml() =>
        NetworkMetaAnalysis.Fit(_data, new NetworkOptions { Reference = "T01", AssessInconsistency = false, RankSimulations = 0 }).Result!.Tau2!.Value;

    /// <summary>Everything: also the design-by-treatment and Jackson inconsistency models, the back-calculation split and 10 000 rank draws.</summary>
    [Benchmark]
    public double FullAnalysis() =>
        NetworkMetaAnalysis.Fit(_data, new NetworkOptions { Reference = "T01" }).Result!.Inconsistency!.QM;

    /// <summary>
    /// The synthetic arms: study i &lt; 19 compares T(i+1) with T(i+2) (so the network is connected), the others draw
    /// distinct treatments uniformly; every tenth study has a third arm. Arm: n = 20 + ⌊80u⌋, sd = 1 + u,
    /// mean = 0.05 (t − 1) + study level N(0, 1) + N(0, 0.2²) + N(0, sd²/n).
    /// </summary>
    public static List<NetworkArmRow> Synthetic()
    {
        var rng = new Minstd(20260);
        var arms = new List<NetworkArmRow>();
        for (int i = 0; i < 500; i++)
        {
            var treatments = new List<int>();
            if (i < 19)
            {
                treatments.AddRange([i, i + 1]);
            }
            else
            {
                treatments.Add((int)Math.Floor(rng.Next() * 20));
            }

            int size = i % 10 == 0 ? 3 : 2;
            while (treatments.Count < size)
            {
                int t = (int)Math.Floor(rng.Next() * 20);
                if (!treatments.Contains(t))
                {
                    treatments.Add(t);
                }
            }

            double mu = rng.Normal(1);
            foreach (int t in treatments)
            {
                double n = 20 + Math.Floor(rng.Next() * 80), sd = 1 + rng.Next();
                double mean = (0.05 * t) + mu + rng.Normal(0.2) + rng.Normal(sd / Math.Sqrt(n));
                arms.Add(NetworkArmRow.Continuous($"S{i + 1:000}", $"T{t + 1:00}", mean, sd, n));
            }
        }

        return arms;
    }

    /// <summary>Writes <see cref="Synthetic"/> as CSV (study, treatment, mi, sdi, ni), e.g. to check the R script's copy.</summary>
    /// <param name="path">Target file.</param>
    public static void WriteCsv(string path) =>
        File.WriteAllLines(path, Synthetic().Select(a =>
            string.Create(CultureInfo.InvariantCulture, $"{a.Study},{a.Treatment},{a.Mean:R},{a.Sd:R},{a.N:R}")).Prepend("study,treatment,mi,sdi,ni"));
}
