using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.Models;

/// <summary>QE test, typical within-study variance vt, I² and H² (metafor's i2def = "1").</summary>
internal static class Heterogeneity
{
    internal sealed record Stats(double QE, double QEp, double I2, double H2, double Vt);

    public static Stats Compute(WlsCore core, double[] y, double[] v, double tau2, bool ee, bool allViPos, List<string> warnings, bool intOnly, double[]? centred = null)
    {
        int k = core.K, p = core.P;
        if (!allViPos)
        {
            warnings.Add($"Cannot compute {(intOnly ? "Q" : "QE")}-test, I^2, or H^2 when there are non-positive sampling variances in the data.");
            return new Stats(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }
        if (k <= p) return new Stats(0, 1, 0, 1, 0);
        var yc = centred ?? Centre(y);
        var w = TauSquaredSolver.Inverse(v, 0);
        var fit = TauSquaredSolver.Solve(core, w, yc);
        double qe = Math.Max(0, fit.Rss);
        double qep = StatDist.PChisqUpper(qe, k - p);
        double vt = (k - p) / core.TraceP(w, fit.A);
        double i2, h2;
        if (ee)
        {
            i2 = Math.Max(0, 100 * (qe - (k - p)) / qe);
            h2 = qe / (k - p);
        }
        else
        {
            i2 = 100 * tau2 / (vt + tau2);
            h2 = (tau2 / vt) + 1;
        }
        return new Stats(qe, qep, i2, h2, vt);
    }

    /// <summary>y minus its mean (metafor estimates on mean-centred outcomes).</summary>
    public static double[] Centre(double[] y)
    {
        double mean = 0;
        foreach (var t in y) mean += t;
        mean /= y.Length;
        var yc = new double[y.Length];
        for (int i = 0; i < y.Length; i++) yc[i] = y[i] - mean;
        return yc;
    }
}
