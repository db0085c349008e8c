using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.Models;

/// <summary>ML and REML log-likelihoods, deviances and information criteria, and the pseudo-R² of rma.uni.</summary>
internal static class ModelFitStatistics
{
    /// <param name="ws">The fit's data.</param>
    /// <param name="tau2">Estimated tau².</param>
    /// <param name="logDetXtWX">log|X'WX| at tau².</param>
    /// <param name="rssF">Weighted residual sum of squares of the model.</param>
    /// <param name="parms">Number of parameters (p, plus one when tau² is estimated).</param>
    public static (FitStatistics Ml, FitStatistics Reml) Compute(FitWorkspace ws, double tau2, double logDetXtWX, double rssF, int parms)
    {
        int k = ws.K, p = ws.P;
        double sumLog = ws.SumLog(tau2);
        // Σ log dnorm(yi, yi, sqrt(vi)) = Σ (-½ log 2π - log sqrt(vi)); only used when every vi > 0.
        double satur = ws.AllViPositive ? (-0.5 * Math.Log(2 * Math.PI) * k) - VectorMath.SumLogSqrt(ws.V) : double.NaN;
        var xtx = ws.Core.IsInterceptOnly ? [k] : ws.Core.GramUnweighted();
        SmallMatrix.InvertSpd(xtx, p, out double logDetXtX);
        double llMl = (-0.5 * k * Math.Log(2 * Math.PI)) - (0.5 * sumLog) - (0.5 * rssF);
        double llReml = (-0.5 * (k - p) * Math.Log(2 * Math.PI)) + (0.5 * logDetXtX) - (0.5 * sumLog) - (0.5 * logDetXtWX) - (0.5 * rssF);
        double devMl = k > p ? (ws.AllViPositive ? -2 * (llMl - satur) : -2 * llMl) : 0;
        double km = Math.Max(k, parms + 2), kpm = Math.Max(k - p, parms + 2);
        var ml = new FitStatistics(llMl, devMl, (-2 * llMl) + (2 * parms), (-2 * llMl) + (parms * Math.Log(k)), (-2 * llMl) + (2 * parms * km / (km - parms - 1)));
        var reml = new FitStatistics(llReml, -2 * llReml, (-2 * llReml) + (2 * parms), (-2 * llReml) + (parms * Math.Log(k - p)), (-2 * llReml) + (2 * parms * kpm / (kpm - parms - 1)));
        return (ml, reml);
    }

    /// <summary>Pseudo-R² (r2def "1") against the intercept-only fit; EE models use the adjusted R² of the weighted lm.</summary>
    public static double PseudoR2(double[] y, double[] v, double[]? weights, ModelMatrix x, RmaOptions o, double tau2, bool ee)
    {
        int k = y.Length, p = x.P;
        if (ee)
        {
            double[] lw = weights ?? new double[k];
            if (weights is null) VectorMath.Inverse(v, tau2, lw);
            double sw = 0, my = 0;
            for (int i = 0; i < k; i++) { sw += lw[i]; my += lw[i] * y[i]; }
            my /= sw;
            double tss = 0;
            for (int i = 0; i < k; i++) tss += lw[i] * (y[i] - my) * (y[i] - my);
            if (tss == 0) return 0;
            var fit = new WlsCore(x).Solve(lw, y);
            if (fit is null) return double.NaN;
            double r2 = 1 - (fit.Rss / tss);
            double adj = 1 - ((1 - r2) * (k - 1) / (k - p));
            return Math.Max(0, 100 * adj);
        }
        RmaResult res0;
        try
        {
            res0 = Rma.Fit(y, v, o with { Weights = weights });
        }
        catch (ArgumentException)
        {
            return double.NaN;
        }
        double t0 = res0.Tau2;
        if (t0 == 0) return 0;
        return Math.Max(0, 100 * (t0 - tau2) / t0);
    }
}
