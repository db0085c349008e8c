using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.Models;

/// <summary>Standard errors, z/t tests, confidence limits and the omnibus QM test of the coefficients.</summary>
internal static class CoefficientTests
{
    internal sealed record Tests(double[] Se, double[] Zval, double[] Pval, double[] CiLb, double[] CiUb, double Qm, int QmDf, double Qmp, double Ddf);

    /// <param name="beta">Coefficients.</param>
    /// <param name="vb">Their covariance matrix (p×p, row-major, already scaled by s²w).</param>
    /// <param name="x">Model matrix (the intercept is left out of QM).</param>
    /// <param name="k">Number of studies.</param>
    /// <param name="o">Test and level.</param>
    public static Tests Compute(double[] beta, double[] vb, ModelMatrix x, int k, RmaOptions o)
    {
        int p = x.P;
        bool tdist = o.Test != TestType.Z;
        double ddf = tdist ? k - p : double.NaN;
        var btt = new List<int>();
        for (int j = 0; j < p; j++)
        {
            if (j != x.InterceptIndex || p == 1 && !x.HasIntercept) btt.Add(j);
        }
        if (btt.Count == 0) btt.Add(0);
        int m = btt.Count;
        double qm = WaldStatistic(beta, vb, p, btt);
        double qmp, crit;
        var se = new double[p];
        var zval = new double[p];
        var pval = new double[p];
        for (int j = 0; j < p; j++)
        {
            se[j] = Math.Sqrt(vb[(j * p) + j]);
            zval[j] = beta[j] / se[j];
        }
        if (tdist)
        {
            qm /= m;
            qmp = k - p > 0 ? StatDist.PfUpper(qm, m, k - p) : double.NaN;
            crit = ddf > 0 ? StatDist.QtUpper(o.Alpha / 2, ddf) : double.NaN;
            for (int j = 0; j < p; j++) pval[j] = ddf > 0 ? StatDist.PtTwoSided(zval[j], ddf) : double.NaN;
        }
        else
        {
            qmp = StatDist.PChisqUpper(qm, m);
            crit = StatDist.QNorm(1 - (o.Alpha / 2));
            for (int j = 0; j < p; j++) pval[j] = StatDist.PNormTwoSided(zval[j]);
        }
        var ciLb = new double[p];
        var ciUb = new double[p];
        for (int j = 0; j < p; j++)
        {
            ciLb[j] = beta[j] - (crit * se[j]);
            ciUb[j] = beta[j] + (crit * se[j]);
        }
        return new Tests(se, zval, pval, ciLb, ciUb, qm, m, qmp, ddf);
    }

    private static double WaldStatistic(double[] beta, double[] vb, int p, List<int> btt)
    {
        int m = btt.Count;
        var sub = new double[m * m];
        var b = new double[m];
        for (int a = 0; a < m; a++)
        {
            b[a] = beta[btt[a]];
            for (int c = 0; c < m; c++) sub[(a * m) + c] = vb[(btt[a] * p) + btt[c]];
        }
        var inv = SmallMatrix.InvertSpd(sub, m, out _);
        if (inv is null) return double.NaN;
        var ib = SmallMatrix.Multiply(inv, b, m);
        double q = 0;
        for (int a = 0; a < m; a++) q += b[a] * ib[a];
        return q;
    }
}
