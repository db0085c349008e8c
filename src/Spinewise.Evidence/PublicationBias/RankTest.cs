using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.PublicationBias;

/// <summary>
/// metafor's <c>ranktest()</c>: fits the equal-effects model, standardises each estimate with
/// <c>(yi - b) / sqrt(vi - var(b))</c> and correlates it with vi by Kendall's tau, as R's
/// <c>cor.test(method = "kendall")</c> (exact distribution without ties, normal approximation otherwise).
/// </summary>
public static class RankTest
{
    /// <summary>Runs the test on the studies of a fitted model (its yi and vi).</summary>
    /// <param name="fit">A fitted intercept-only model.</param>
    /// <param name="exact">metafor's <c>exact</c> argument: true (its default) asks for the exact p value when possible; null lets R decide (k &lt; 50).</param>
    public static RankTestResult Compute(RmaResult fit, bool? exact = true)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var yi = fit.Yi;
        var vi = fit.Vi;
        var ee = Rma.Fit(yi, vi, new RmaOptions { Method = TauSquaredEstimator.EE });
        double b = ee.Beta[0], vb = ee.Vb[0][0];
        int k = yi.Count;
        var ystar = new double[k];
        for (int i = 0; i < k; i++) ystar[i] = (yi[i] - b) / Math.Sqrt(vi[i] - vb);
        return Kendall.Test(ystar, vi, exact);
    }
}
