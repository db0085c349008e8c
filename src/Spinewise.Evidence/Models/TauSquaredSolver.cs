using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.Models;

/// <summary>tau² estimators of metafor's rma.uni (on mean-centred yi, as metafor does), with their standard errors.</summary>
internal static class TauSquaredSolver
{
    internal sealed record Estimate(double Tau2, double SeTau2, bool Converged, int Iterations, IReadOnlyList<string> Warnings);

    public static Estimate Run(FitWorkspace ws, RmaOptions o)
    {
        int k = ws.K, p = ws.P;
        var warnings = new List<string>();
        double fix = o.FixedTau2 ?? double.NaN;
        bool isFixed = o.FixedTau2.HasValue;
        double tau2;
        switch (o.Method)
        {
            case TauSquaredEstimator.HS:
            {
                var fit = ws.Centred(0, traces: true);
                double sw = fit.SumW;
                tau2 = Math.Max(0, isFixed ? fix : (fit.Rss - k) / sw);
                return new Estimate(tau2, Math.Sqrt(1 / (sw * sw) * ((2 * (k - p)) + (4 * tau2 * fit.TraceP) + (2 * tau2 * tau2 * fit.TracePP))), true, 0, warnings);
            }
            case TauSquaredEstimator.HE:
            {
                var (t, trPV, sPVPV) = HeEstimator.Compute(ws);
                tau2 = Math.Max(0, isFixed ? fix : t);
                return new Estimate(tau2, Math.Sqrt(1.0 / ((k - p) * (double)(k - p)) * ((2 * sPVPV) + (4 * tau2 * trPV) + (2 * tau2 * tau2 * (k - p)))), true, 0, warnings);
            }
            case TauSquaredEstimator.DL:
            {
                var fit = ws.Centred(0, traces: true);
                double trP = fit.TraceP;
                tau2 = Math.Max(0, isFixed ? fix : (fit.Rss - (k - p)) / trP);
                return new Estimate(tau2, Math.Sqrt(1 / (trP * trP) * ((2 * (k - p)) + (4 * tau2 * trP) + (2 * tau2 * tau2 * fit.TracePP))), true, 0, warnings);
            }
            case TauSquaredEstimator.SJ:
                return SidikJonkman(ws, o, warnings);
            case TauSquaredEstimator.PM:
            {
                tau2 = isFixed ? fix : PauleMandel(ws, o, warnings);
                double sw = double.IsNaN(tau2) ? double.NaN : ws.Centred(tau2, traces: false).SumW;
                return new Estimate(tau2, Math.Sqrt(2.0 * k * k / (k - p) / (sw * sw)), !double.IsNaN(tau2), 0, warnings);
            }
            case TauSquaredEstimator.ML or TauSquaredEstimator.REML or TauSquaredEstimator.EB:
                return FisherScoring(ws, o, warnings);
            case TauSquaredEstimator.EE or TauSquaredEstimator.FE:
                throw new ArgumentException("equal-effects models estimate no tau²", nameof(o));
            default:
                throw new ArgumentOutOfRangeException(nameof(o), o.Method, "unknown tau² estimator");
        }
    }

    private static Estimate SidikJonkman(FitWorkspace ws, RmaOptions o, List<string> warnings)
    {
        int k = ws.K, p = ws.P;
        double t0 = o.Tau2Init ?? PopulationVariance(ws.Y, ws.Mean);
        var core = ws.Core;
        var w = ws.InverseWeights(t0);
        var fit = core.Solve(w, ws.Y, ws.Mean) ?? throw new MetaAnalysisException("Model matrix not of full rank (X'WX is singular).");
        double tau2 = Math.Max(0, o.FixedTau2 ?? (t0 * fit.Rss / (k - p)));
        var vi = ws.V.AsSpan();
        double sPVPV = core.TracePDPD(w, fit.A, vi, vi), sPVP = core.TracePDPD(w, fit.A, vi, default), sPP = core.TracePDPD(w, fit.A, default, default);
        double se = Math.Sqrt(t0 * t0 / ((k - p) * (double)(k - p)) * ((2 * sPVPV) + (4 * tau2 * sPVP) + (2 * tau2 * tau2 * sPP)));
        return new Estimate(tau2, se, true, 0, warnings);
    }

    private static Estimate FisherScoring(FitWorkspace ws, RmaOptions o, List<string> warnings)
    {
        int k = ws.K, p = ws.P;
        var m = o.Method;
        bool reml = m == TauSquaredEstimator.REML;
        double tau2 = o.FixedTau2 ?? o.Tau2Init ?? Math.Max(0, HeEstimator.Compute(ws).Tau2);
        double change = o.Threshold + 1;
        int iter = 0;
        bool conv = true;
        while (change > o.Threshold)
        {
            iter++;
            double old = tau2;
            var fit = ws.Centred(tau2, traces: reml);
            double adj;
            if (m == TauSquaredEstimator.ML)
                adj = (fit.RssP2 - fit.SumW) / fit.SumW2;
            else if (reml)
                adj = (fit.RssP2 - fit.TraceP) / fit.TracePP;
            else
                adj = ((fit.Rss * k / (k - p)) - k) / fit.SumW;
            adj *= o.StepAdj;
            if (double.IsNaN(adj)) adj = 0;
            while (tau2 + adj < 0) adj /= 2;
            tau2 = o.FixedTau2 ?? tau2 + adj;
            change = Math.Abs(old - tau2);
            if (iter > o.MaxIter)
            {
                conv = false;
                break;
            }
        }
        if (!conv)
        {
            warnings.Add("Fisher scoring algorithm did not converge. See 'help(rma)' for possible remedies.");
            return new Estimate(double.NaN, double.NaN, false, iter, warnings);
        }
        if (m != TauSquaredEstimator.EB && o.FixedTau2 is null && ws.AllViPositive)
        {
            double ll0 = LogLik(ws, 0, reml);
            double ll = LogLik(ws, tau2, reml);
            if (ll0 - ll > o.Tol && tau2 > o.Threshold)
            {
                warnings.Add("Fisher scoring algorithm may have gotten stuck at a local maximum.\nSetting tau^2 = 0. Check the profile likelihood plot with profile().");
                tau2 = 0;
            }
        }
        tau2 = Math.Max(0, tau2);
        var final = ws.Centred(tau2, traces: reml);
        double se;
        if (m == TauSquaredEstimator.ML) se = Math.Sqrt(2 / final.SumW2);
        else if (reml) se = Math.Sqrt(2 / final.TracePP);
        else se = Math.Sqrt(2.0 * k * k / (k - p) / (final.SumW * final.SumW));
        return new Estimate(tau2, se, true, iter, warnings);
    }

    private static double LogLik(FitWorkspace ws, double tau2, bool reml)
    {
        int k = ws.K, p = ws.P;
        var fit = ws.Centred(tau2, traces: false);
        double sumLog = ws.SumLog(tau2);
        return reml
            ? (-0.5 * (k - p) * Math.Log(2 * Math.PI)) - (0.5 * sumLog) - (0.5 * fit.LogDetXtWX) - (0.5 * fit.Rss)
            : (-0.5 * k * Math.Log(2 * Math.PI)) - (0.5 * sumLog) - (0.5 * fit.Rss);
    }

    private static double PauleMandel(FitWorkspace ws, RmaOptions o, List<string> warnings)
    {
        int k = ws.K, p = ws.P;
        double target = k - p;
        var yc = new double[k];
        for (int i = 0; i < k; i++) yc[i] = ws.Y[i] - ws.Mean;
        double tauMax = Math.Max(100, 10 * Math.Pow(Mad(yc), 2));
        double Q(double t) => ws.Centred(t, traces: false).Rss;
        if (Q(0) < target) return 0;
        if (Q(tauMax) > target)
        {
            warnings.Add("Value of 'tau2.max' too low. Try increasing 'tau2.max' or switch to another 'method'.");
            return double.NaN;
        }
        var (root, conv) = RootFinder.Uniroot(t => Q(t) - target, 0, tauMax, o.Tol, o.MaxIter);
        if (!conv) warnings.Add("Error in iterative search for tau2 using uniroot().");
        return root;
    }

    /// <summary>Generalized Q-statistic Q(tau²) = y'P(tau²)y (y as given, not centred).</summary>
    internal static double QE(WlsCore core, double[] y, double[] vi, double tau2) => QE(core, y, vi, tau2, new double[vi.Length]);

    /// <summary>As <see cref="QE(WlsCore, double[], double[], double)"/>, with the weights written into <paramref name="w"/> (one per study), for callers that evaluate it many times.</summary>
    internal static double QE(WlsCore core, double[] y, double[] vi, double tau2, double[] w)
    {
        VectorMath.Inverse(vi, tau2, w);
        var fit = core.Solve(w, y) ?? throw new MetaAnalysisException("Model matrix not of full rank (X'WX is singular).");
        return fit.Rss;
    }

    private static double PopulationVariance(double[] y, double shift)
    {
        double mean = 0, s = 0;
        foreach (var v in y) mean += v - shift;
        mean /= y.Length;
        foreach (var v in y) s += (v - shift - mean) * (v - shift - mean);
        return s / y.Length;
    }

    /// <summary>R's mad(): 1.4826 × median absolute deviation from the median.</summary>
    internal static double Mad(double[] y)
    {
        double med = Median(y);
        var dev = new double[y.Length];
        for (int i = 0; i < y.Length; i++) dev[i] = Math.Abs(y[i] - med);
        return 1.4826 * Median(dev);
    }

    private static double Median(double[] y)
    {
        var s = (double[])y.Clone();
        Array.Sort(s);
        int n = s.Length;
        return n % 2 == 1 ? s[n / 2] : (s[(n / 2) - 1] + s[n / 2]) / 2;
    }
}
