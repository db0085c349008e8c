using Spinewise.Evidence.Common;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Multivariate;

namespace Spinewise.Evidence.Network;

/// <summary>
/// The design-by-treatment interaction model (Higgins et al. 2012): the consistency columns plus a basis of the
/// design-specific contrast columns (one indicator per design and non-baseline treatment) that the consistency columns do
/// not span, chosen greedily in design order by Gram–Schmidt. The number of added columns is the inconsistency df.
/// </summary>
internal static class DesignByTreatment
{
    public static NetworkInconsistency Assess(NetworkBuilt net, ModelMatrix x, RmaMvResult consistency, NetworkOptions options)
    {
        int k = net.Contrasts.Count, p = x.P;
        var basis = new List<double[]>();
        for (int j = 0; j < p; j++)
        {
            TryAdd(basis, [.. Enumerable.Range(0, k).Select(i => x[i, j])]);
        }

        var names = new List<string>(x.ColumnNames);
        var cols = Enumerable.Range(0, p).Select(j => (IReadOnlyList<double>)Enumerable.Range(0, k).Select(i => x[i, j]).ToArray()).ToList();
        var candidates = net.Studies.SelectMany(s => s.Rows.Select(r => (s.Design, Row: r)))
            .GroupBy(c => (c.Design, net.Contrasts[c.Row].Treatment1))
            .OrderBy(g => g.Key.Design, StringComparer.Ordinal).ThenBy(g => g.Key.Treatment1, StringComparer.Ordinal);
        foreach (var g in candidates)
        {
            var col = new double[k];
            foreach (var c in g)
            {
                col[c.Row] = 1;
            }

            if (TryAdd(basis, (double[])col.Clone()))
            {
                cols.Add(col);
                names.Add($"{g.Key.Design.Replace('\u001f', ':')} {g.Key.Treatment1}");
            }
        }

        int df = cols.Count - p;
        double qTotal = consistency.QE;
        if (df == 0)
        {
            return new NetworkInconsistency(0, 0, double.NaN, qTotal, consistency.QEdf, qTotal, consistency.QEdf, 0, double.NaN, null, consistency);
        }

        var xFull = new ModelMatrix(names, cols);
        var mv = ContrastModels.MvOptions(options);
        var dbt = RmaMv.Fit(ContrastModels.Model(net, xFull, options, withDesign: false), mv);
        var wald = RmaMv.Wald(dbt, [.. Enumerable.Range(p, df)]);
        var random = ContrastModels.IsEe(options) ? consistency : RmaMv.Fit(ContrastModels.Model(net, x, options, withDesign: true), mv);
        double qInc = Math.Max(qTotal - dbt.QE, 0);
        return new NetworkInconsistency(df, wald.QM, wald.QMp, qTotal, consistency.QEdf, dbt.QE, dbt.QEdf, qInc, StatDist.PChisqUpper(qInc, df), dbt, random);
    }

    /// <summary>Adds the column to the orthonormal basis when it is not (numerically) in its span.</summary>
    private static bool TryAdd(List<double[]> basis, double[] col)
    {
        double norm0 = Math.Sqrt(col.Sum(v => v * v));
        if (norm0 == 0)
        {
            return false;
        }

        for (int pass = 0; pass < 2; pass++)
        {
            foreach (var q in basis)
            {
                double dot = 0;
                for (int i = 0; i < col.Length; i++) dot += q[i] * col[i];
                for (int i = 0; i < col.Length; i++) col[i] -= dot * q[i];
            }
        }

        double norm = Math.Sqrt(col.Sum(v => v * v));
        if (norm <= 1e-9 * norm0)
        {
            return false;
        }

        for (int i = 0; i < col.Length; i++) col[i] /= norm;
        basis.Add(col);
        return true;
    }
}
