using System.Globalization;
using System.Runtime.CompilerServices;
using Spinewise.Evidence.Common;
using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.Multivariate;

/// <summary>Splits the rows into independent blocks and checks that V is positive definite in each.</summary>
internal static class MvBlocking
{
    /// <summary>Rows joined by a non-zero V entry or a shared outer level of any component form one block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static List<MvBlock> Blocks(RmaMvModel model, ModelMatrix x, List<MvComponent> components, int k)
    {
        var parent = new int[k];
        for (int i = 0; i < k; i++)
        {
            parent[i] = i;
        }

        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        void Union(int a, int b)
        {
            int ra = Find(a), rb = Find(b);
            if (ra != rb)
            {
                parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }

        model.V.ForEachOffDiagonal(Union);
        foreach (var c in components)
        {
            var first = new Dictionary<int, int>();
            for (int i = 0; i < k; i++)
            {
                if (first.TryGetValue(c.Outer[i], out int f))
                {
                    Union(f, i);
                }
                else
                {
                    first.Add(c.Outer[i], i);
                }
            }
        }

        // Counting sort of the rows by block, blocks in order of their first row.
        var blockOf = new int[k];
        var counts = new List<int>();
        var indexOfRoot = new int[k];
        Array.Fill(indexOfRoot, -1);
        for (int i = 0; i < k; i++)
        {
            int r = Find(i);
            if (indexOfRoot[r] < 0)
            {
                indexOfRoot[r] = counts.Count;
                counts.Add(0);
            }

            blockOf[i] = indexOfRoot[r];
            counts[blockOf[i]]++;
        }

        var members = new int[counts.Count][];
        for (int b = 0; b < members.Length; b++)
        {
            members[b] = new int[counts[b]];
            counts[b] = 0;
        }

        for (int i = 0; i < k; i++)
        {
            members[blockOf[i]][counts[blockOf[i]]++] = i;
        }

        int p = x.P;
        var terms = components.Select(c => c.Terms()).ToArray();
        var localOf = new int[k];
        Array.Fill(localOf, -1);
        var blocks = new List<MvBlock>(members.Length);
        foreach (var rows in members)
        {
            int n = rows.Length;
            var y = new double[n];
            var xb = new double[n * p];
            var v = new double[n * n];

            for (int i = 0; i < n; i++)
            {
                y[i] = model.Yi[rows[i]];
                for (int j = 0; j < p; j++)
                {
                    xb[(i * p) + j] = x[rows[i], j];
                }

                for (int j = 0; j < n; j++)
                {
                    v[(i * n) + j] = model.V[rows[i], rows[j]];
                }
            }

            var local = new MvIndicator[components.Count][];
            for (int c = 0; c < local.Length; c++)
            {
                local[c] = [.. terms[c].Select(t => MvIndicator.Create(t.Coef, t.Levels, rows, localOf))];
            }

            blocks.Add(new MvBlock(rows, y, xb, v, local));
        }

        return blocks;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static double CheckPositiveDefinite(List<MvBlock> blocks, List<DataDiagnostic> problems)
    {
        double logDet = 0;
        int maxN = blocks.Max(b => b.N);
        var copy = new double[maxN * maxN];
        var scratch = new double[maxN * maxN];
        foreach (var b in blocks)
        {
            Array.Copy(b.V, copy, b.N * b.N);
            if (!MvDense.InvertSpd(copy, b.N, scratch, out double ld))
            {
                var rows = string.Join(", ", b.Rows.Take(10).Select(r => (r + 1).ToString(CultureInfo.InvariantCulture)));
                problems.Add(new DataDiagnostic("MV_V_NOT_PD", b.Rows[0], "V", $"The block of V for rows {rows}{(b.N > 10 ? ", …" : "")} is not positive definite."));
                continue;
            }

            logDet += ld;
        }

        return logDet;
    }
}
