using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.Multivariate;

/// <summary>
/// Maximises the REML/ML log-likelihood over the variance parameters by projected Fisher scoring: a variance at its
/// bound 0 with a score pointing outward is held there; a step that lowers the likelihood or leaves M not positive
/// definite is halved. metafor uses nlminb on log-variances; both reach the same optimum (boundary estimates are
/// exactly 0 here, where nlminb stops near 1e-10).
/// </summary>
internal static class MvSolver
{
    private const int MaxHalvings = 60;

    public static (double[] Theta, bool Converged, int Iterations) Maximise(MvLikelihood lik, MvSpec spec, RmaMvOptions options, double[] start)
    {
        bool reml = options.Method == TauSquaredEstimator.REML;
        int m = start.Length;
        var theta = (double[])start.Clone();
        if (!lik.Evaluate(theta, reml, derivatives: true))
        {
            return (theta, false, 0);
        }

        double ll = LogLik(lik, spec, reml);
        for (int iter = 1; iter <= options.MaxIter; iter++)
        {
            var free = new List<int>();
            for (int c = 0; c < m; c++)
            {
                if (!(spec.Components[c].NonNegative && theta[c] <= 0 && lik.Score[c] <= 0))
                {
                    free.Add(c);
                }
            }

            var step = Direction(lik.Score, lik.Info, free, m);
            if (step is null)
            {
                return (theta, true, iter - 1);
            }

            double scale = 1;
            double[]? next = null;
            double llNext = double.NaN;
            for (int h = 0; h < MaxHalvings; h++, scale /= 2)
            {
                var cand = new double[m];
                for (int c = 0; c < m; c++)
                {
                    cand[c] = theta[c] + (scale * step[c]);
                    if (spec.Components[c].NonNegative && cand[c] < 0)
                    {
                        cand[c] = 0;
                    }
                }

                if (Feasible(spec, cand) && lik.Evaluate(cand, reml, derivatives: true))
                {
                    double l = LogLik(lik, spec, reml);
                    if (l >= ll - (1e-13 * Math.Abs(ll)))
                    {
                        next = cand;
                        llNext = l;
                        break;
                    }
                }
            }

            if (next is null)
            {
                lik.Evaluate(theta, reml, derivatives: true);
                return (theta, Stationary(lik, spec, theta, free), iter);
            }

            double change = 0;
            for (int c = 0; c < m; c++)
            {
                change = Math.Max(change, Math.Abs(next[c] - theta[c]) / Math.Max(1e-8, Math.Abs(theta[c])));
            }

            theta = next;
            ll = llNext;
            if (change < options.Tolerance)
            {
                return (theta, true, iter);
            }
        }

        return (theta, false, options.MaxIter);
    }

    /// <summary>Fisher-scoring step on the free parameters (0 for the others); null when the score vanishes.</summary>
    /// <param name="score">Score of all m parameters.</param>
    /// <param name="fisher">Fisher information of all m parameters, row-major m × m.</param>
    /// <param name="free">The parameters to move.</param>
    /// <param name="m">Number of parameters.</param>
    public static double[]? Direction(double[] score, double[] fisher, List<int> free, int m)
    {
        int f = free.Count;
        if (f == 0)
        {
            return null;
        }

        var info = new double[f * f];
        var s = new double[f];
        double norm = 0;
        for (int a = 0; a < f; a++)
        {
            s[a] = score[free[a]];
            norm = Math.Max(norm, Math.Abs(s[a]));
            for (int b = 0; b < f; b++)
            {
                info[(a * f) + b] = fisher[(free[a] * m) + free[b]];
            }
        }

        if (norm == 0)
        {
            return null;
        }

        var inv = SmallMatrix.InvertSpd(info, f, out _);
        var step = new double[m];
        for (int a = 0; a < f; a++)
        {
            double d = 0;
            if (inv is null)
            {
                d = s[a] / Math.Max(info[(a * f) + a], 1e-12);
            }
            else
            {
                for (int b = 0; b < f; b++)
                {
                    d += inv[(a * f) + b] * s[b];
                }
            }

            step[free[a]] = d;
        }

        return step;
    }

    /// <summary>An estimated correlation must stay within [-1, 1] (θ_a ≤ τ² and θ_a ≥ -τ²).</summary>
    private static bool Feasible(MvSpec spec, double[] theta)
    {
        foreach (var g in new[] { spec.G, spec.H })
        {
            if (g is { Shared: >= 0 } && Math.Abs(theta[g.Shared]) > g.Tau2(theta) + 1e-300 && theta[g.Shared] != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Stationary(MvLikelihood lik, MvSpec spec, double[] theta, List<int> free) =>
        free.All(c => Math.Abs(lik.Score[c]) * Math.Max(Math.Abs(theta[c]), 1e-8) < 1e-6) || spec.Components.Count == 0;

    public static double LogLik(MvLikelihood lik, MvSpec spec, bool reml)
    {
        int k = spec.K, p = spec.X.P;
        return reml
            ? (-0.5 * (k - p) * Math.Log(2 * Math.PI)) - (0.5 * lik.LogDetM) - (0.5 * lik.LogDetXtWX) - (0.5 * lik.Rss)
            : (-0.5 * k * Math.Log(2 * Math.PI)) - (0.5 * lik.LogDetM) - (0.5 * lik.Rss);
    }
}
