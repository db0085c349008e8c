using System.Runtime.CompilerServices;

namespace Spinewise.Evidence.Multivariate;

/// <summary>Coef · [rows i and j share a level] within one block, with the levels renumbered 0..Groups-1.</summary>
internal sealed class MvIndicator
{
    private MvIndicator(double coef, int[] group, int groups)
    {
        Coef = coef;
        Group = group;
        Groups = groups;
    }

    public double Coef { get; }

    /// <summary>Local group of each row of the block.</summary>
    public int[] Group { get; }

    public int Groups { get; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static MvIndicator Create(double coef, int[] levels, int[] rows)
    {
        var group = new int[rows.Length];
        var seen = new Dictionary<int, int>();
        for (int i = 0; i < rows.Length; i++)
        {
            if (!seen.TryGetValue(levels[rows[i]], out int g))
            {
                g = seen.Count;
                seen.Add(levels[rows[i]], g);
            }

            group[i] = g;
        }

        return new MvIndicator(coef, group, seen.Count);
    }

    /// <summary>b += Coef · W · Indicator, with s (n × Groups) as scratch: (W·Ind)[i, j] = Σ over l in j's group of W[i, l].</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddProduct(double[] w, int n, double[] s, double[] b)
    {
        int gs = Groups;
        Array.Clear(s, 0, n * gs);
        for (int i = 0; i < n; i++)
        {
            for (int l = 0; l < n; l++)
            {
                s[(i * gs) + Group[l]] += w[(i * n) + l];
            }
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                b[(i * n) + j] += Coef * s[(i * gs) + Group[j]];
            }
        }
    }
}
