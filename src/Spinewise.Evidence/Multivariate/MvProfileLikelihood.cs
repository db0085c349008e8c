using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.Multivariate;

/// <summary>
/// The (restricted) log-likelihood maximised over all variance parameters but one, which is held at a given value.
/// It works on metafor's parameters η: each σ² and τ² (γ²) as is and, for a CS term with ρ estimated, τ² at the
/// component <see cref="MvCorrelated.Main"/> and ρ at <see cref="MvCorrelated.Shared"/> (θ_a = ρτ², θ_b = (1 - ρ)τ²),
/// so that τ² or ρ can be held fixed as metafor's profile fits do. Projected Fisher scoring as <see cref="MvSolver"/>:
/// score Jᵀs and information JᵀIJ with J = ∂θ/∂η; variances stay ≥ 0 and correlations in [-1, 1].
/// </summary>
internal sealed class MvProfileLikelihood
{
    private const int MaxHalvings = 60;

    /// <summary>
    /// Stop when the full scoring step promises less than this increase of the log-likelihood (s'I⁻¹s/2): the
    /// likelihood-ratio statistic is then exact to ~1e-10, where the relative-change test can stall (ρ converges
    /// linearly under Fisher scoring and the log-likelihood is only exact to ~1e-13 relative).
    /// </summary>
    private const double GainTol = 1e-11;
    private readonly MvSpec _spec;
    private readonly MvLikelihood _lik;
    private readonly RmaMvOptions _options;
    private readonly bool _reml;
    private readonly int _m;
    private readonly bool[] _correlation;

    public MvProfileLikelihood(MvSpec spec, RmaMvOptions options)
    {
        _spec = spec;
        _options = options;
        _reml = options.Method == TauSquaredEstimator.REML;
        _m = spec.Components.Count;
        _lik = new MvLikelihood(spec);
        _correlation = new bool[_m];
        foreach (var g in Pairs)
        {
            _correlation[g.Shared] = true;
        }
    }

    /// <summary>Whether η_c is a correlation (bounded by ±1) rather than a variance (bounded below by 0).</summary>
    public bool IsCorrelation(int c) => _correlation[c];

    /// <summary>η of a fit, from its reported components.</summary>
    public double[] Eta(RmaMvResult fit)
    {
        var eta = new double[_m];
        for (int i = 0; i < _spec.Sigma2Components.Length; i++)
        {
            eta[_spec.Sigma2Components[i]] = fit.Sigma2[i];
        }

        Set(eta, _spec.G, fit.Tau2, fit.Rho);
        Set(eta, _spec.H, fit.Gamma2, fit.Phi);
        return eta;
    }

    /// <summary>The log-likelihood at η (NaN when M is not positive definite).</summary>
    public double LogLik(double[] eta) => _lik.Evaluate(Theta(eta), _reml, derivatives: false) ? MvSolver.LogLik(_lik, _spec, _reml) : double.NaN;

    /// <summary>
    /// Maximises over every η but <paramref name="held"/>, which is set to <paramref name="value"/>, from
    /// <paramref name="start"/>; the maximiser is written back to <paramref name="start"/> (a warm start for the next
    /// value). NaN when no feasible start is found or the iterations run out (metafor's failed profile fit).
    /// </summary>
    public double Maximise(int held, double value, double[] start)
    {
        var eta = (double[])start.Clone();
        eta[held] = value;
        Clip(eta);
        if (!Feasible(eta, held))
        {
            return double.NaN;
        }

        double ll = MvSolver.LogLik(_lik, _spec, _reml);
        var score = new double[_m];
        var info = new double[_m * _m];
        for (int iter = 1; iter <= _options.MaxIter; iter++)
        {
            Derivatives(eta, score, info);
            var free = new List<int>();
            for (int c = 0; c < _m; c++)
            {
                if (c != held && !AtLimit(eta, c, score[c]) && info[(c * _m) + c] > 0)
                {
                    free.Add(c);
                }
            }

            var step = MvSolver.Direction(score, info, free, _m);
            if (step is null || Gain(score, step) < GainTol)
            {
                break;
            }

            double[]? next = null;
            double scale = 1;
            for (int h = 0; h < MaxHalvings && next is null; h++, scale /= 2)
            {
                var cand = new double[_m];
                for (int c = 0; c < _m; c++)
                {
                    cand[c] = eta[c] + (scale * step[c]);
                }

                Clip(cand);
                if (_lik.Evaluate(Theta(cand), _reml, derivatives: true))
                {
                    double l = MvSolver.LogLik(_lik, _spec, _reml);
                    if (l >= ll - (1e-13 * Math.Abs(ll)))
                    {
                        next = cand;
                        ll = l;
                    }
                }
            }

            if (next is null)
            {
                // No ascent left at this precision: eta is the maximiser.
                break;
            }

            double change = 0;
            for (int c = 0; c < _m; c++)
            {
                change = Math.Max(change, Math.Abs(next[c] - eta[c]) / Math.Max(1e-8, Math.Abs(eta[c])));
            }

            eta = next;
            if (change < _options.Tolerance)
            {
                Array.Copy(eta, start, _m);
                return ll;
            }

            if (iter == _options.MaxIter)
            {
                return double.NaN;
            }
        }

        Array.Copy(eta, start, _m);
        return ll;
    }

    private static double Gain(double[] score, double[] step)
    {
        double g = 0;
        for (int c = 0; c < score.Length; c++)
        {
            g += score[c] * step[c];
        }

        return g / 2;
    }

    private IEnumerable<MvCorrelated> Pairs => new[] { _spec.G, _spec.H }.Where(g => g is { Shared: >= 0 }).Select(g => g!);

    private static void Set(double[] eta, MvCorrelated? g, double? variance, double? correlation)
    {
        if (g is null || variance is not { } v)
        {
            return;
        }

        eta[g.Main] = v;
        if (g.Shared >= 0)
        {
            eta[g.Shared] = correlation is { } r && !double.IsNaN(r) ? r : 0;
        }
    }

    private double[] Theta(double[] eta)
    {
        var theta = (double[])eta.Clone();
        foreach (var g in Pairs)
        {
            double tau2 = eta[g.Main], rho = eta[g.Shared];
            theta[g.Shared] = rho * tau2;
            theta[g.Main] = (1 - rho) * tau2;
        }

        return theta;
    }

    /// <summary>Score and Fisher information with respect to η at the point last evaluated with derivatives.</summary>
    private void Derivatives(double[] eta, double[] score, double[] info)
    {
        int m = _m;
        var j = new double[m * m];
        for (int c = 0; c < m; c++)
        {
            j[(c * m) + c] = 1;
        }

        foreach (var g in Pairs)
        {
            int a = g.Shared, b = g.Main;
            double tau2 = eta[b], rho = eta[a];
            j[(a * m) + b] = rho;
            j[(a * m) + a] = tau2;
            j[(b * m) + b] = 1 - rho;
            j[(b * m) + a] = -tau2;
        }

        for (int x = 0; x < m; x++)
        {
            double s = 0;
            for (int c = 0; c < m; c++)
            {
                s += j[(c * m) + x] * _lik.Score[c];
            }

            score[x] = s;
            for (int y = 0; y < m; y++)
            {
                double v = 0;
                for (int c = 0; c < m; c++)
                {
                    for (int d = 0; d < m; d++)
                    {
                        v += j[(c * m) + x] * _lik.Info[(c * m) + d] * j[(d * m) + y];
                    }
                }

                info[(x * m) + y] = v;
            }
        }
    }

    private bool AtLimit(double[] eta, int c, double score) =>
        _correlation[c] ? (eta[c] <= -1 && score <= 0) || (eta[c] >= 1 && score >= 0) : eta[c] <= 0 && score <= 0;

    private void Clip(double[] eta)
    {
        for (int c = 0; c < _m; c++)
        {
            eta[c] = _correlation[c] ? Math.Clamp(eta[c], -1, 1) : Math.Max(eta[c], 0);
        }
    }

    /// <summary>Evaluates η with derivatives; when M is not positive definite there, halves the free variances towards 0 until it is.</summary>
    private bool Feasible(double[] eta, int held)
    {
        for (int h = 0; h <= MaxHalvings; h++)
        {
            if (_lik.Evaluate(Theta(eta), _reml, derivatives: true))
            {
                return true;
            }

            for (int c = 0; c < _m; c++)
            {
                if (c != held && !_correlation[c])
                {
                    eta[c] = h == MaxHalvings - 1 ? 0 : eta[c] / 2;
                }
            }
        }

        return false;
    }
}
