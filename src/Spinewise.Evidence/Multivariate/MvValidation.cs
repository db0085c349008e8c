using System.Globalization;
using System.Runtime.CompilerServices;
using Spinewise.Evidence.Common;
using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.Multivariate;

/// <summary>Checks of the data of an rma.mv model: values, sizes, factor levels, rank of X.</summary>
internal static class MvValidation
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void CheckValues(RmaMvModel model, int k, List<DataDiagnostic> problems)
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

        // Every stored non-zero off-diagonal entry, from both triangles; a pair is reported once.
        v.ForEachOffDiagonal((i, j) =>
        {
            double a = v[i, j], b = v[j, i];
            bool bad = !double.IsFinite(a) || Math.Abs(a - b) > 1e-12 * Math.Max(1, Math.Abs(a));
            if (bad && (i < j || b == 0 || !double.IsFinite(b)))
            {
                problems.Add(new DataDiagnostic("MV_V_ASYMMETRIC", i, "V", $"V[{i + 1}, {j + 1}] = {Text(a)} but V[{j + 1}, {i + 1}] = {Text(b)}: V must be a finite symmetric matrix."));
            }
        });
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int[]? Levels(RmaMvModel model, string factor, int k, List<DataDiagnostic> problems)
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
    internal static void CheckRank(ModelMatrix x, List<DataDiagnostic> problems)
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

    internal static string Text(double d) => d.ToString("R", CultureInfo.InvariantCulture);
}
