using System.Globalization;
using System.Runtime.CompilerServices;
using Spinewise.Evidence.Common;
using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.Multivariate;

/// <summary>Checks an <see cref="RmaMvModel"/> and splits it into independent blocks (every problem is reported, not just the first).</summary>
internal static class MvStructure
{
    public static MvSpec? Build(RmaMvModel model, RmaMvOptions options, List<DataDiagnostic> problems)
    {
        int k = model.Yi.Count;
        if (k == 0)
        {
            problems.Add(new DataDiagnostic("MV_EMPTY", -1, "yi", "Processing terminated since k = 0 (no effect sizes)."));
            return null;
        }

        CheckValues(model, k, problems);
        var x = model.X ?? ModelMatrix.InterceptOnly(k);
        if (x.K != k)
        {
            problems.Add(new DataDiagnostic("MV_SIZE", -1, "X", $"The model matrix has {x.K} rows but there are {k} effect sizes."));
        }

        var components = new List<MvComponent>();
        var sigma2 = new List<int>();
        var sigma2Names = new List<string>();
        var correlated = new List<MvCorrelated>();
        int estimatedCorrelations = 0;
        foreach (var term in model.Random)
        {
            var outer = Levels(model, term.Nesting[0], k, problems);
            if (!term.IsInnerOuter)
            {
                var names = term.Sigma2Names();
                int[]? ids = outer;
                for (int level = 0; level < term.Nesting.Count; level++)
                {
                    if (level > 0)
                    {
                        var inner = Levels(model, term.Nesting[level], k, problems);
                        ids = ids is null || inner is null ? null : Combine(ids, inner);
                    }

                    if (ids is not null)
                    {
                        sigma2.Add(components.Count);
                        sigma2Names.Add(names[level]);
                        components.Add(new MvComponent(ids, null, 1, false, true));
                    }
                }

                continue;
            }

            var innerIds = Levels(model, term.Inner!, k, problems);
            if (correlated.Count == 2)
            {
                problems.Add(new DataDiagnostic("MV_RANDOM", -1, "random", "At most two '~ inner | outer' terms are supported (tau2/rho and gamma2/phi)."));
                continue;
            }

            if (outer is null || innerIds is null)
            {
                continue;
            }

            if (term.FixedCorrelation is { } rho)
            {
                correlated.Add(new MvCorrelated(components.Count, -1, rho));
                components.Add(new MvComponent(outer, innerIds, rho, false, true));
            }
            else
            {
                estimatedCorrelations++;
                correlated.Add(new MvCorrelated(components.Count, components.Count + 1, null));
                components.Add(new MvComponent(outer, innerIds, 0, true, true));
                components.Add(new MvComponent(outer, null, 1, false, false));
            }
        }

        if (options.IsEqualEffects || components.Count == 0)
        {
            components.Clear();
        }

        int parms = x.P + components.Count;
        if (x.K == k && parms > k)
        {
            problems.Add(new DataDiagnostic("MV_TOO_MANY_PARAMETERS", -1, "X", $"Number of parameters to be estimated ({parms}) is larger than the number of observations ({k})."));
        }

        if (problems.Count > 0)
        {
            return null;
        }

        CheckRank(x, problems);
        var blocks = Blocks(model, x, components, k);
        double logDetV = CheckBlocksPositiveDefinite(blocks, problems);
        if (problems.Count > 0)
        {
            return null;
        }

        return new MvSpec
        {
            K = k,
            X = x,
            Blocks = blocks,
            Components = components,
            Sigma2Components = components.Count == 0 ? [] : [.. sigma2],
            Sigma2Names = sigma2Names,
            G = components.Count > 0 && correlated.Count > 0 ? correlated[0] : null,
            H = components.Count > 0 && correlated.Count > 1 ? correlated[1] : null,
            LogDetV = logDetV,
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckValues(RmaMvModel model, int k, List<DataDiagnostic> problems)
    {
        for (int i = 0; i < k; i++)
        {
            if (!double.IsFinite(model.Yi[i]))
            {
                problems.Add(new DataDiagnostic("MV_YI", i, "yi", $"row {i + 1}: yi must be a finite number (got {Text(model.Yi[i])})."));
            }
        }

        var v = model.V;
        if (v.K != k)
        {
            problems.Add(new DataDiagnostic("MV_SIZE", -1, v.IsDiagonal ? "vi" : "V", $"V has {v.K} rows but there are {k} effect sizes."));
            return;
        }

        for (int i = 0; i < k; i++)
        {
            if (v.RowLength(i) != k)
            {
                problems.Add(new DataDiagnostic("MV_SIZE", i, "V", $"row {i + 1} of V has {v.RowLength(i)} values; V must be {k} × {k}."));
                continue;
            }

            if (!(v[i, i] > 0) || !double.IsFinite(v[i, i]))
            {
                problems.Add(new DataDiagnostic("MV_V_VALUE", i, v.IsDiagonal ? "vi" : "V", $"row {i + 1}: the sampling variance must be a positive finite number (got {Text(v[i, i])})."));
            }
        }

        if (problems.Any(p => p.Code == "MV_SIZE"))
        {
            return;
        }

        v.ForEachOffDiagonal((i, j) =>
        {
            double a = v[i, j], b = v[j, i];
            if (!double.IsFinite(a) || Math.Abs(a - b) > 1e-12 * Math.Max(1, Math.Abs(a)))
            {
                problems.Add(new DataDiagnostic("MV_V_ASYMMETRIC", i, "V", $"V[{i + 1}, {j + 1}] = {Text(a)} but V[{j + 1}, {i + 1}] = {Text(b)}: V must be a finite symmetric matrix."));
            }
        });
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < i && !v.IsDiagonal; j++)
            {
                if (v[i, j] != 0 && v[j, i] == 0)
                {
                    problems.Add(new DataDiagnostic("MV_V_ASYMMETRIC", i, "V", $"V[{i + 1}, {j + 1}] = {Text(v[i, j])} but V[{j + 1}, {i + 1}] = 0: V must be symmetric."));
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[]? Levels(RmaMvModel model, string factor, int k, List<DataDiagnostic> problems)
    {
        if (!model.Factors.TryGetValue(factor, out var values))
        {
            if (!problems.Any(p => p.Code == "MV_FACTOR" && p.Column == factor))
            {
                problems.Add(new DataDiagnostic("MV_FACTOR", -1, factor, $"The random-effects formula names '{factor}', but no such factor was given."));
            }

            return null;
        }

        if (values.Count != k)
        {
            problems.Add(new DataDiagnostic("MV_SIZE", -1, factor, $"Factor '{factor}' has {values.Count} values but there are {k} effect sizes."));
            return null;
        }

        var ids = new int[k];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        bool ok = true;
        for (int i = 0; i < k; i++)
        {
            var level = values[i];
            if (string.IsNullOrEmpty(level))
            {
                problems.Add(new DataDiagnostic("MV_FACTOR_MISSING", i, factor, $"row {i + 1}: '{factor}' has no value."));
                ok = false;
                continue;
            }

            if (!seen.TryGetValue(level, out int id))
            {
                id = seen.Count;
                seen.Add(level, id);
            }

            ids[i] = id;
        }

        return ok ? ids : null;
    }

    /// <summary>Level ids of the interaction outer:inner (a/b nests b within a).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int[] Combine(int[] outer, int[] inner)
    {
        var ids = new int[outer.Length];
        var seen = new Dictionary<(int, int), int>();
        for (int i = 0; i < ids.Length; i++)
        {
            if (!seen.TryGetValue((outer[i], inner[i]), out int id))
            {
                id = seen.Count;
                seen.Add((outer[i], inner[i]), id);
            }

            ids[i] = id;
        }

        return ids;
    }

    /// <summary>X'X must be positive definite: a column that is (numerically) a combination of earlier ones is named.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckRank(ModelMatrix x, List<DataDiagnostic> problems)
    {
        int p = x.P, k = x.K;
        for (int j = 0; j < p; j++)
        {
            for (int i = 0; i < k; i++)
            {
                if (!double.IsFinite(x[i, j]))
                {
                    problems.Add(new DataDiagnostic("MV_X_VALUE", i, x.ColumnNames[j], $"row {i + 1}: moderator '{x.ColumnNames[j]}' must be a finite number (got {Text(x[i, j])})."));
                }
            }
        }

        if (problems.Count > 0)
        {
            return;
        }

        var xtx = new double[p * p];
        for (int a = 0; a < p; a++)
        {
            for (int b = 0; b < p; b++)
            {
                double s = 0;
                for (int i = 0; i < k; i++)
                {
                    s += x[i, a] * x[i, b];
                }

                xtx[(a * p) + b] = s;
            }
        }

        var l = new double[p * p];
        for (int j = 0; j < p; j++)
        {
            double s = xtx[(j * p) + j];
            for (int m = 0; m < j; m++)
            {
                s -= l[(j * p) + m] * l[(j * p) + m];
            }

            if (!(s > 1e-10 * Math.Max(xtx[(j * p) + j], double.Epsilon)))
            {
                problems.Add(new DataDiagnostic("MV_X_SINGULAR", -1, x.ColumnNames[j], $"The model matrix is not of full rank: '{x.ColumnNames[j]}' is a linear combination of the columns before it (drop it, or drop the intercept)."));
                return;
            }

            double ljj = Math.Sqrt(s);
            l[(j * p) + j] = ljj;
            for (int i = j + 1; i < p; i++)
            {
                double t = xtx[(i * p) + j];
                for (int m = 0; m < j; m++)
                {
                    t -= l[(i * p) + m] * l[(j * p) + m];
                }

                l[(i * p) + j] = t / ljj;
            }
        }
    }

    /// <summary>Rows joined by a non-zero V entry or a shared outer level of any component form one block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<MvBlock> Blocks(RmaMvModel model, ModelMatrix x, List<MvComponent> components, int k)
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
    private static double CheckBlocksPositiveDefinite(List<MvBlock> blocks, List<DataDiagnostic> problems)
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

    private static string Text(double d) => d.ToString("R", CultureInfo.InvariantCulture);
}
