using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.Models;

/// <summary>QE test, typical within-study variance vt, I² and H² (metafor's i2def = "1").</summary>
internal static class Heterogeneity
{
    internal sealed record Stats(double QE, double QEp, double I2, double H2, double Vt);

    /// <summary>From the inverse-variance equal-effects fit of the centred yi (shared with DL and ll0check).</summary>
    public static Stats Compute(FitWorkspace ws, double tau2, bool ee, List<string> warnings, bool intOnly)
    {
        int k = ws.K, p = ws.P;
        if (!ws.AllViPositive)
        {
            warnings.Add($"Cannot compute {(intOnly ? "Q" : "QE")}-test, I^2, or H^2 when there are non-positive sampling variances in the data.");
            return new Stats(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }
        if (k <= p) return new Stats(0, 1, 0, 1, 0);
        var fit = ws.Centred(0, traces: true);
        double qe = Math.Max(0, fit.Rss);
        double qep = StatDist.PChisqUpper(qe, k - p);
        double vt = (k - p) / fit.TraceP;
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
}
