using System.Globalization;
using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.Multivariate;

/// <summary>
/// metafor's confint.rma.mv with its defaults: for each estimated component, the bounds where the likelihood-ratio
/// statistic -2(ll(value) - ll(fit)), with the other components re-estimated, equals qchisq(level, 1). The search
/// interval is [vc.min, estimate] and [estimate, vc.max] with vc.min = 0 and vc.max = max(10, 100 × estimate) (10 for
/// an estimate ≤ √eps) for variances and [-1, 1] for CS correlations; the root is R's uniroot (tol = eps^0.25,
/// maxiter 1000). A statistic still below the critical value at the interval's end gives that end as the bound; when
/// the profile fit fails at an end, the end moves towards the estimate in 10 steps (eptries) before the bound is NA.
/// </summary>
internal static class MvConfint
{
    private const int EpTries = 10;
    private const int MaxIter = 1000;
    private static readonly double SqrtEps = Math.Sqrt(Precision.MachineEpsilon);

    public static IReadOnlyList<MvProfileComponent> Compute(RmaMvResult fit, MvSpec spec)
    {
        var profile = new MvProfileLikelihood(spec, fit.Options);
        var eta = profile.Eta(fit);
        double llMax = profile.LogLik(eta);
        double objective = StatDist.QChisq(1 - fit.Options.Alpha, 1);
        var search = new Search(profile, eta, llMax, objective);
        var result = new List<MvProfileComponent>();
        bool oneSigma = spec.Sigma2Components.Length == 1;
        for (int i = 0; i < spec.Sigma2Components.Length; i++)
        {
            var suffix = oneSigma ? "" : "." + (i + 1).ToString(CultureInfo.InvariantCulture);
            result.Add(search.Variance(spec.Sigma2Components[i], "sigma^2" + suffix, "sigma" + suffix));
        }

        foreach (var (g, variance, sqrt, correlation) in new[] { (spec.G, "tau^2", "tau", "rho"), (spec.H, "gamma^2", "gamma", "phi") })
        {
            if (g is null)
            {
                continue;
            }

            result.Add(search.Variance(g.Main, variance, sqrt));
            if (g.Shared >= 0)
            {
                result.Add(search.Correlation(g.Shared, correlation));
            }
        }

        return result;
    }

    private sealed class Search(MvProfileLikelihood profile, double[] eta, double llMax, double objective)
    {
        private static readonly double Tol = RootFinder.DefaultTolerance;

        public MvProfileComponent Variance(int c, string name, string sqrtName)
        {
            double vc = eta[c];
            double vcMax = Math.Max(vc <= SqrtEps ? 10 : Math.Max(10, vc * 100), 0);
            var notes = new List<string>();
            var (lb, lower) = Bound(c, vc, 0, lowerSide: true, name, notes);
            var (ub, upper) = Bound(c, vc, vcMax, lowerSide: false, name, notes);
            var value = new MvProfileInterval(name, vc, lb, ub, lower, upper);
            var root = new MvProfileInterval(sqrtName, Math.Sqrt(vc), Sqrt(lb), Sqrt(ub), lower, upper);
            return new MvProfileComponent(value, root, notes);
        }

        public MvProfileComponent Correlation(int c, string name)
        {
            double vc = eta[c];
            var notes = new List<string>();
            var (lb, lower) = Bound(c, vc, -1, lowerSide: true, name, notes);
            var (ub, upper) = Bound(c, vc, 1, lowerSide: false, name, notes);
            return new MvProfileComponent(new MvProfileInterval(name, vc, lb, ub, lower, upper), null, notes);
        }

        private static double Sqrt(double x) => x >= 0 ? Math.Sqrt(x) : double.NaN;

        /// <summary>One bound: the profile at the interval's end (moved towards the estimate while fits fail), then uniroot.</summary>
        private (double Bound, ProfileBound How) Bound(int c, double vc, double end, bool lowerSide, string name, List<string> notes)
        {
            double limit = end;
            var side = lowerSide ? "lower" : "upper";
            double step = Math.Abs(end - vc) / EpTries;
            for (int i = 0; i < EpTries; i++, end += lowerSide ? step : -step)
            {
                double atEnd = Statistic(c, end, (double[])eta.Clone());
                if (double.IsNaN(atEnd))
                {
                    continue;
                }

                if (atEnd < 0)
                {
                    bool isLimit = end == limit && (profile.IsCorrelation(c) || lowerSide);
                    var shown = end.ToString("G6", CultureInfo.InvariantCulture);
                    notes.Add(isLimit
                        ? $"The {side} bound of {name} is the limit of the parameter space ({shown}): the profile likelihood there is within the critical value."
                        : $"The {side} bound of {name} lies {(lowerSide ? "below" : "above")} {shown}, the end of the search interval (metafor prints it as {(lowerSide ? "<" : ">")}{shown}).");
                    return (end, isLimit ? ProfileBound.ParameterLimit : ProfileBound.SearchLimit);
                }

                var warm = (double[])eta.Clone();
                bool failed = false;
                double F(double x)
                {
                    double s = Statistic(c, x, warm);
                    failed |= double.IsNaN(s);
                    return double.IsNaN(s) ? 0 : s;
                }

                var (root, converged) = lowerSide ? RootFinder.Uniroot(F, end, vc, Tol, MaxIter) : RootFinder.Uniroot(F, vc, end, Tol, MaxIter);
                if (converged && !failed && !double.IsNaN(root))
                {
                    return (root, ProfileBound.Root);
                }

                break;
            }

            notes.Add($"Cannot obtain {side} bound of profile likelihood CI of {name} due to convergence problems.");
            return (double.NaN, ProfileBound.NotFound);
        }

        /// <summary>-2(ll(value) - ll(fit)) - qchisq(level, 1), the other components re-estimated from <paramref name="warm"/> (updated); NaN when the fit fails.</summary>
        private double Statistic(int c, double value, double[] warm)
        {
            double ll = profile.Maximise(c, value, warm);
            return double.IsNaN(ll) ? double.NaN : (-2 * (ll - llMax)) - objective;
        }
    }
}
