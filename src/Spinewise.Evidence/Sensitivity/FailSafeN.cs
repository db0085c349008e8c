using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.Sensitivity;

/// <summary>Fail-safe N, as metafor's <c>fsn()</c> (Rosenthal/Stouffer, Orwin, Rosenberg).</summary>
public static class FailSafeN
{
    /// <summary>Computes the fail-safe N. Rows with missing yi (or vi, when needed) are ignored.</summary>
    /// <param name="yi">Effect sizes.</param>
    /// <param name="vi">Sampling variances.</param>
    /// <param name="type">Method.</param>
    /// <param name="alpha">Significance level (default 0.05).</param>
    /// <param name="target">Orwin's target effect (default: half the observed average).</param>
    /// <param name="weighted">Orwin: use the inverse-variance weighted average.</param>
    public static FailSafeNResult Compute(IReadOnlyList<double> yi, IReadOnlyList<double> vi, FailSafeType type = FailSafeType.Rosenthal, double alpha = 0.05, double? target = null, bool weighted = false)
    {
        ArgumentNullException.ThrowIfNull(yi);
        ArgumentNullException.ThrowIfNull(vi);
        bool needVi = type != FailSafeType.Orwin || weighted;
        var y = new List<double>();
        var v = new List<double>();
        for (int i = 0; i < yi.Count; i++)
        {
            if (double.IsNaN(yi[i]) || (needVi && double.IsNaN(vi[i]))) continue;
            y.Add(yi[i]);
            v.Add(vi[i]);
        }
        int k = y.Count;
        double fsnum, pval = double.NaN, meanes = double.NaN, tgt = double.NaN;
        switch (type)
        {
            case FailSafeType.Rosenthal:
            {
                double sz = 0;
                for (int i = 0; i < k; i++) sz += y[i] / Math.Sqrt(v[i]);
                double zAvg = Math.Abs(sz / Math.Sqrt(k));
                pval = StatDist.PNormUpper(zAvg);
                double crit = StatDist.QNorm(1 - alpha);
                fsnum = Math.Max(0, (k * Math.Pow(zAvg / crit, 2)) - k);
                break;
            }
            case FailSafeType.Orwin:
            {
                double sw = 0, swy = 0;
                for (int i = 0; i < k; i++)
                {
                    double w = weighted ? 1 / v[i] : 1;
                    sw += w;
                    swy += w * y[i];
                }
                meanes = swy / sw;
                tgt = target ?? meanes / 2;
                if (tgt == 0) fsnum = double.PositiveInfinity;
                else
                {
                    if (Math.Sign(tgt) != Math.Sign(meanes)) tgt = -tgt;
                    fsnum = Math.Max(0, k * (meanes - tgt) / tgt);
                }
                break;
            }
            default:
            {
                double sw = 0, swy = 0;
                for (int i = 0; i < k; i++) { sw += 1 / v[i]; swy += y[i] / v[i]; }
                meanes = swy / sw;
                double z = meanes / Math.Sqrt(1 / sw);
                double wp = Math.Pow(swy / StatDist.QNorm(1 - (alpha / 2)), 2) - sw;
                pval = StatDist.PNormTwoSided(z);
                fsnum = Math.Max(0, k * wp / sw);
                break;
            }
        }
        if (!double.IsInfinity(fsnum))
            fsnum = Math.Abs(fsnum - Math.Round(fsnum)) >= Math.Sqrt(Precision.MachineEpsilon) ? Math.Ceiling(fsnum) : Math.Round(fsnum);
        return new FailSafeNResult(type, fsnum, alpha, pval, meanes, tgt);
    }
}
