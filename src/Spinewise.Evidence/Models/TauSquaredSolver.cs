using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.Models;

/// <summary>tau² estimators of metafor's rma.uni (on mean-centred yi, as metafor does), with their standard errors.</summary>
internal static class TauSquaredSolver
{
    internal sealed record Estimate(double Tau2, double SeTau2, bool Converged, int Iterations, IReadOnlyList<string> Warnings);

    public static Estimate Run(WlsCore core, double[] yc, double[] vi, RmaOptions o)
    {
        int k = core.K, p = core.P;
        var warnings = new List<string>();
        var m = o.Method;
        double fix = o.FixedTau2 ?? double.NaN;
        bool isFixed = o.FixedTau2.HasValue;
        double tau2;
        switch (m)
        {
            case TauSquaredEstimator.HS:
            {
                var w = Inverse(vi, 0);
                var fit = Solve(core, w, yc);
                tau2 = isFixed ? fix : (fit.Rss - k) / Sum(w);
                tau2 = Math.Max(0, tau2);
                double trP = core.TraceP(w, fit.A), sPP = core.TracePDPD(w, fit.A, null, null);
                double sw = Sum(w);
                return new Estimate(tau2, Math.Sqrt(1 / (sw * sw) * ((2 * (k - p)) + (4 * tau2 * trP) + (2 * tau2 * tau2 * sPP))), true, 0, warnings);
            }
            case TauSquaredEstimator.HE:
            {
                var (t, trPV, sPVPV) = He(core, yc, vi);
                tau2 = Math.Max(0, isFixed ? fix : t);
                return new Estimate(tau2, Math.Sqrt(1.0 / ((k - p) * (k - p)) * ((2 * sPVPV) + (4 * tau2 * trPV) + (2 * tau2 * tau2 * (k - p)))), true, 0, warnings);
            }
            case TauSquaredEstimator.DL:
            {
                var w = Inverse(vi, 0);
                var fit = Solve(core, w, yc);
                double trP = core.TraceP(w, fit.A);
                tau2 = Math.Max(0, isFixed ? fix : (fit.Rss - (k - p)) / trP);
                double sPP = core.TracePDPD(w, fit.A, null, null);
                return new Estimate(tau2, Math.Sqrt(1 / (trP * trP) * ((2 * (k - p)) + (4 * tau2 * trP) + (2 * tau2 * tau2 * sPP))), true, 0, warnings);
            }
            case TauSquaredEstimator.SJ:
            {
                double t0 = o.Tau2Init ?? PopulationVariance(yc);
                var w = Inverse(vi, t0);
                var fit = Solve(core, w, yc);
                tau2 = Math.Max(0, isFixed ? fix : t0 * fit.Rss / (k - p));
                double sPVPV = core.TracePDPD(w, fit.A, vi, vi), sPVP = core.TracePDPD(w, fit.A, vi, null), sPP = core.TracePDPD(w, fit.A, null, null);
                double se = Math.Sqrt(t0 * t0 / ((k - p) * (double)(k - p)) * ((2 * sPVPV) + (4 * tau2 * sPVP) + (2 * tau2 * tau2 * sPP)));
                return new Estimate(tau2, se, true, 0, warnings);
            }
            case TauSquaredEstimator.PM:
            {
                tau2 = isFixed ? fix : PauleMandel(core, yc, vi, o, warnings, out bool ok);
                var w = Inverse(vi, tau2);
                double sw = Sum(w);
                return new Estimate(tau2, Math.Sqrt(2.0 * k * k / (k - p) / (sw * sw)), !double.IsNaN(tau2), 0, warnings);
            }
            default:
                return FisherScoring(core, yc, vi, o, warnings);
        }
    }

    private static Estimate FisherScoring(WlsCore core, double[] yc, double[] vi, RmaOptions o, List<string> warnings)
    {
        int k = core.K, p = core.P;
        var m = o.Method;
        double tau2 = o.FixedTau2 ?? o.Tau2Init ?? Math.Max(0, He(core, yc, vi).Tau2);
        double change = o.Threshold + 1;
        int iter = 0;
        bool conv = true;
        var w = new double[vi.Length];
        while (change > o.Threshold)
        {
            iter++;
            double old = tau2;
            Inverse(vi, tau2, w);
            var fit = Solve(core, w, yc);
            double adj;
            if (m == TauSquaredEstimator.ML)
                adj = (fit.RssP2 - Sum(w)) / SumSq(w);
            else if (m == TauSquaredEstimator.REML)
                adj = (fit.RssP2 - core.TraceP(w, fit.A)) / core.TracePDPD(w, fit.A, null, null);
            else
                adj = ((fit.Rss * k / (k - p)) - k) / Sum(w);
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
        if (m != TauSquaredEstimator.EB && o.FixedTau2 is null && Array.TrueForAll(vi, v => v > 0))
        {
            double ll0 = LogLik(core, yc, vi, 0, m == TauSquaredEstimator.REML);
            double ll = LogLik(core, yc, vi, tau2, m == TauSquaredEstimator.REML);
            if (ll0 - ll > o.Tol && tau2 > o.Threshold)
            {
                warnings.Add("Fisher scoring algorithm may have gotten stuck at a local maximum.\nSetting tau^2 = 0. Check the profile likelihood plot with profile().");
                tau2 = 0;
            }
        }
        tau2 = Math.Max(0, tau2);
        var wf = Inverse(vi, tau2);
        double se;
        if (m == TauSquaredEstimator.ML) se = Math.Sqrt(2 / SumSq(wf));
        else if (m == TauSquaredEstimator.REML) se = Math.Sqrt(2 / core.TracePDPD(wf, Solve(core, wf, yc).A, null, null));
        else
        {
            double sw = Sum(wf);
            se = Math.Sqrt(2.0 * k * k / (k - p) / (sw * sw));
        }
        return new Estimate(tau2, se, true, iter, warnings);
    }

    private static double LogLik(WlsCore core, double[] y, double[] vi, double tau2, bool reml)
    {
        int k = core.K, p = core.P;
        var w = Inverse(vi, tau2);
        var fit = Solve(core, w, y);
        double sumLog = 0;
        for (int i = 0; i < k; i++) sumLog += Math.Log(vi[i] + tau2);
        return reml
            ? (-0.5 * (k - p) * Math.Log(2 * Math.PI)) - (0.5 * sumLog) - (0.5 * fit.LogDetXtWX) - (0.5 * fit.Rss)
            : (-0.5 * k * Math.Log(2 * Math.PI)) - (0.5 * sumLog) - (0.5 * fit.Rss);
    }

    private static double PauleMandel(WlsCore core, double[] yc, double[] vi, RmaOptions o, List<string> warnings, out bool ok)
    {
        int k = core.K, p = core.P;
        double target = k - p;
        double tauMax = Math.Max(100, 10 * Math.Pow(Mad(yc), 2));
        ok = true;
        if (QE(core, yc, vi, 0) < target) return 0;
        if (QE(core, yc, vi, tauMax) > target)
        {
            ok = false;
            warnings.Add("Value of 'tau2.max' too low. Try increasing 'tau2.max' or switch to another 'method'.");
            return double.NaN;
        }
        var (root, conv) = RootFinder.Uniroot(t => QE(core, yc, vi, t) - target, 0, tauMax, o.Tol, o.MaxIter);
        if (!conv)
        {
            ok = false;
            warnings.Add("Error in iterative search for tau2 using uniroot().");
        }
        return root;
    }

    /// <summary>Generalized Q-statistic Q(tau²) = y'P(tau²)y.</summary>
    internal static double QE(WlsCore core, double[] y, double[] vi, double tau2) => Solve(core, Inverse(vi, tau2), y).Rss;

    private static (double Tau2, double TrPV, double SumPVPV) He(WlsCore core, double[] yc, double[] vi)
    {
        int k = core.K, p = core.P;
        var ones = new double[k];
        Array.Fill(ones, 1.0);
        var fit = Solve(core, ones, yc);
        var h = core.Hat(ones, fit.A);
        double trPV = 0;
        for (int i = 0; i < k; i++) trPV += (1 - h[i]) * vi[i];
        double sPVPV = core.TracePDPD(ones, fit.A, vi, vi);
        return ((fit.Rss - trPV) / (k - p), trPV, sPVPV);
    }

    internal static WlsFit Solve(WlsCore core, double[] w, double[] y) =>
        core.Solve(w, y) ?? throw new ArgumentException("Model matrix not of full rank (X'WX is singular).");

    internal static double[] Inverse(double[] vi, double tau2) => Inverse(vi, tau2, new double[vi.Length]);

    /// <summary>Writes 1/(vi + tau²) into <paramref name="into"/> (reused across iterations) and returns it.</summary>
    internal static double[] Inverse(double[] vi, double tau2, double[] into)
    {
        for (int i = 0; i < into.Length; i++) into[i] = 1 / (vi[i] + tau2);
        return into;
    }

    private static double Sum(double[] a)
    {
        double s = 0;
        foreach (var v in a) s += v;
        return s;
    }

    private static double SumSq(double[] a)
    {
        double s = 0;
        foreach (var v in a) s += v * v;
        return s;
    }

    private static double PopulationVariance(double[] y)
    {
        double mean = Sum(y) / y.Length, s = 0;
        foreach (var v in y) s += (v - mean) * (v - mean);
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
