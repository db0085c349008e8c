using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.Models;

/// <summary>Q-profile confidence interval for tau² (generalized Q-statistic), as metafor's confint.rma.uni.</summary>
internal static class QProfile
{
    public static HeterogeneityIntervals Compute(RmaResult fit, double tol)
    {
        int k = fit.K, p = fit.P;
        var warnings = new List<string>();
        var core = new WlsCore(fit.X);
        double[] y = [.. fit.Yi], v = [.. fit.Vi];
        double tauMin = Math.Min(0, fit.Tau2), tauMax = Math.Max(100, fit.Tau2 * 10);
        double alpha = fit.Options.Alpha;
        double critU = StatDist.QChisq(1 - (alpha / 2), k - p), critL = StatDist.QChisq(alpha / 2, k - p);
        var w = new double[k];
        double qMin = TauSquaredSolver.QE(core, y, v, tauMin, w), qMax = TauSquaredSolver.QE(core, y, v, tauMax, w);
        double lb, ub;
        if (qMin < critL)
        {
            lb = ub = tauMin;
            warnings.Add("Upper and lower confidence interval bounds are below tau2.min (the CI is the null set).");
        }
        else
        {
            ub = qMax > critL ? tauMax : Root(core, y, v, w, critL, tauMin, tauMax, tol, warnings);
            if (qMax > critU)
                lb = tauMax;
            else
                lb = qMin < critU ? tauMin : Root(core, y, v, w, critU, tauMin, tauMax, tol, warnings);
        }
        double vt = fit.Vt;
        return new HeterogeneityIntervals(
            new Interval(fit.Tau2, lb, ub),
            new Interval(Math.Sqrt(fit.Tau2), Math.Sqrt(lb), Math.Sqrt(ub)),
            new Interval(fit.I2, 100 * lb / (vt + lb), 100 * ub / (vt + ub)),
            new Interval(fit.H2, (lb / vt) + 1, (ub / vt) + 1),
            warnings);
    }

    private static double Root(WlsCore core, double[] y, double[] v, double[] w, double target, double lo, double hi, double tol, List<string> warnings)
    {
        var (root, ok) = RootFinder.Uniroot(t => TauSquaredSolver.QE(core, y, v, t, w) - target, lo, hi, tol, 1000);
        if (!ok) warnings.Add("Error in iterative search for a confidence limit using uniroot().");
        return root;
    }
}
