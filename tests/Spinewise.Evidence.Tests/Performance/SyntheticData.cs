using System.Globalization;

namespace Spinewise.Evidence.Tests.Performance;

/// <summary>The synthetic perf data sets of the metafor reference (study, ni, yi, vi) and metafor's estimates on them.</summary>
internal static class SyntheticData
{
    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Spinewise.slnx")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "reference", "metafor", "perf"));
                }
            }

            throw new DirectoryNotFoundException("No Spinewise.slnx above the test assembly.");
        }
    }

    public static (double[] Yi, double[] Vi) Load(int k)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, "data", $"synthetic_k{k}.csv")).Skip(1).ToArray();
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

    /// <summary>Rows of synthetic_expected.csv: k, method and the named values.</summary>
    public static IEnumerable<(int K, string Method, Dictionary<string, double> Values)> Expected()
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, "synthetic_expected.csv"));
        var header = lines[0].Split(',').Select(h => h.Trim('"')).ToArray();
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',').Select(c => c.Trim('"')).ToArray();
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var i = 3; i < header.Length; i++)
            {
                values[header[i]] = double.Parse(cells[i], CultureInfo.InvariantCulture);
            }

            yield return (int.Parse(cells[0], CultureInfo.InvariantCulture), cells[1], values);
        }
    }
}
