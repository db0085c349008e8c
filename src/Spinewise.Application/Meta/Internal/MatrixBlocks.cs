namespace Spinewise.Application.Meta.Internal;

/// <summary>Positive definiteness of a symmetric matrix, checked block by block (rows linked by non-zero entries), so a block-diagonal V costs Σ nᵢ³, not k³.</summary>
internal static class MatrixBlocks
{
    /// <summary>The rows (0-based, ascending) of the first block that is not positive definite, or null when every block is.</summary>
    public static IReadOnlyList<int>? FirstNotPositiveDefinite(double[][] m)
    {
        int k = m.Length;
        var parent = Enumerable.Range(0, k).ToArray();
        for (int i = 0; i < k; i++)
        {
            for (int j = i + 1; j < k; j++)
            {
                if (m[i][j] != 0) parent[Find(parent, i)] = Find(parent, j);
            }
        }

        foreach (var block in Enumerable.Range(0, k).GroupBy(i => Find(parent, i)).Select(g => g.ToArray()))
        {
            if (!Cholesky(m, block)) return block;
        }

        return null;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static bool Cholesky(double[][] m, int[] rows)
    {
        int n = rows.Length;
        var l = new double[n, n];
        for (int j = 0; j < n; j++)
        {
            double s = m[rows[j]][rows[j]];
            for (int q = 0; q < j; q++) s -= l[j, q] * l[j, q];
            if (!(s > 1e-12 * Math.Abs(m[rows[j]][rows[j]]))) return false;
            l[j, j] = Math.Sqrt(s);
            for (int i = j + 1; i < n; i++)
            {
                double t = m[rows[i]][rows[j]];
                for (int q = 0; q < j; q++) t -= l[i, q] * l[j, q];
                l[i, j] = t / l[j, j];
            }
        }

        return true;
    }
}
