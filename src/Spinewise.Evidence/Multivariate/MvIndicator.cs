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

    /// <summary>The indicator of <paramref name="levels"/> restricted to a block's rows.</summary>
    /// <param name="coef">Weight of the indicator.</param>
    /// <param name="levels">Level id of every input row.</param>
    /// <param name="rows">The block's rows.</param>
    /// <param name="localOf">Scratch over level ids, all -1 on entry and on return.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static MvIndicator Create(double coef, int[] levels, int[] rows, int[] localOf)
    {
        var group = new int[rows.Length];
        int groups = 0;
        for (int i = 0; i < rows.Length; i++)
        {
            int level = levels[rows[i]];
            if (localOf[level] < 0)
            {
                localOf[level] = groups++;
            }

            group[i] = localOf[level];
        }

        foreach (int r in rows)
        {
            localOf[levels[r]] = -1;
        }

        return new MvIndicator(coef, group, groups);
    }

    /// <summary>b += Coef · W · Indicator, with s (n × Groups) as scratch: (W·Ind)[i, j] = Σ over l in j's group of W[i, l].</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddProduct(double[] w, int n, double[] s, double[] b)
    {
        unchecked
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

    /// <summary>m += θ · Coef · Indicator (n × n).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddTo(double[] m, int n, double theta)
    {
        unchecked
        {
            double v = theta * Coef;
            for (int i = 0; i < n; i++)
            {
                int gi = Group[i];
                for (int j = 0; j < n; j++)
                {
                    if (Group[j] == gi)
                    {
                        m[(i * n) + j] += v;
                    }
                }
            }
        }
    }

    /// <summary>Coef · u' Ind u = Coef · Σ over groups of (Σ u in the group)²; s is scratch of at least Groups values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double QuadraticForm(double[] u, int n, double[] s)
    {
        unchecked
        {
            Array.Clear(s, 0, Groups);
            for (int i = 0; i < n; i++)
            {
                s[Group[i]] += u[i];
            }

            double q = 0;
            for (int g = 0; g < Groups; g++)
            {
                q += s[g] * s[g];
            }

            return Coef * q;
        }
    }

    /// <summary>acc += Coef · Ind · x for x (n × p): row i gets the sum of x's rows in i's group; s is scratch (Groups × p).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddLeftProduct(double[] x, int n, int p, double[] s, double[] acc)
    {
        unchecked
        {
            Array.Clear(s, 0, Groups * p);
            for (int i = 0; i < n; i++)
            {
                int g = Group[i] * p;
                for (int j = 0; j < p; j++)
                {
                    s[g + j] += x[(i * p) + j];
                }
            }

            for (int i = 0; i < n; i++)
            {
                int g = Group[i] * p;
                for (int j = 0; j < p; j++)
                {
                    acc[(i * p) + j] += Coef * s[g + j];
                }
            }
        }
    }
}
