using System.Globalization;

namespace Spinewise.Benchmarks.Evidence;

/// <summary>The metafor reference's synthetic perf sets, and a generated k = 100,000 set of the same shape.</summary>
public static class SyntheticSets
{
    /// <summary>Loads <c>synthetic_k{k}.csv</c> from the shared metafor reference, or generates the set for k = 100,000.</summary>
    /// <param name="k">Number of studies.</param>
    public static (double[] Yi, double[] Vi) Get(int k) => k > 10_000 ? Generate(k, seed: 100_000) : Load(k);

    private static (double[] Yi, double[] Vi) Load(int k)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder(), "data", $"synthetic_k{k}.csv")).Skip(1).ToArray();
        var yi = new double[lines.Length];
        var vi = new double[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            yi[i] = double.Parse(cells[2], CultureInfo.InvariantCulture);
            vi[i] = double.Parse(cells[3], CultureInfo.InvariantCulture);
        }

        return (yi, vi);
    }

    /// <summary>Like the reference generator: ni uniform in 20..400, vi = 4/ni, yi ~ N(0.3, tau² = 0.05 + vi).</summary>
    private static (double[] Yi, double[] Vi) Generate(int k, int seed)
    {
        var random = new Random(seed);
        var yi = new double[k];
        var vi = new double[k];
        for (var i = 0; i < k; i++)
        {
            var n = random.Next(20, 401);
            vi[i] = 4.0 / n;
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            var z = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            yi[i] = 0.3 + (z * Math.Sqrt(0.05 + vi[i]));
        }

        return (yi, vi);
    }

    private static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "reference", "metafor", "perf");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/reference/metafor/perf not found above the benchmark assembly.");
    }
}
