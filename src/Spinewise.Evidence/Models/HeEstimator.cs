using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.Models;

/// <summary>The Hedges (HE) estimator: ordinary least squares on the centred yi (also the ML/REML/EB start).</summary>
internal static class HeEstimator
{
    /// <summary>Untruncated HE tau², tr(PV) and tr(PVPV) of the unweighted fit.</summary>
    public static (double Tau2, double TrPV, double SumPVPV) Compute(FitWorkspace ws)
    {
        int k = ws.K, p = ws.P;
        if (ws.Core.IsInterceptOnly) return InterceptOnly(ws);
        var core = ws.Core;
        var ones = ws.Ones();
        var fit = core.Solve(ones, ws.Y, ws.Mean) ?? throw new MetaAnalysisException("Model matrix not of full rank (X'WX is singular).");
        var vi = ws.V.AsSpan();
        double trPV = core.SumOneMinusHat(ones, fit.A, vi);
        double sPVPV = core.TracePDPD(ones, fit.A, vi, vi);
        return ((fit.Rss - trPV) / (k - p), trPV, sPVPV);
    }

    /// <summary>
    /// p = 1 and X = 1: A = 1/k, every leverage is A, so tr(PV) = Σ(1 - A) v and
    /// tr(PVPV) = Σv² - 2A Σv² + (A Σv)², from one pass over vi and two over yi.
    /// </summary>
    private static (double Tau2, double TrPV, double SumPVPV) InterceptOnly(FitWorkspace ws)
    {
        int k = ws.K;
        var a = SmallMatrix.InvertSpd([k], 1, out _) ?? throw new MetaAnalysisException("Processing terminated since k = 0.");
        double a0 = a[0];
        double beta = a0 * VectorMath.Sum(ws.Y, ws.Mean);
        double rss = InterceptOnlyPasses.SquaredResiduals(ws.Y, ws.Mean, beta);
        var (sumV, sumV2) = VectorMath.SumAndSumOfSquares(ws.V);
        double trPV = (1 - a0) * sumV;
        double av = a0 * sumV;
        double sPVPV = sumV2 - (2 * (a0 * sumV2)) + (av * av);
        return ((rss - trPV) / (k - 1), trPV, sPVPV);
    }
}
