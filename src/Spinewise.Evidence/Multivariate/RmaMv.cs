using Spinewise.Evidence.Common;
using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.Multivariate;

/// <summary>Multivariate and multilevel meta-analysis with known sampling covariances, as metafor's <c>rma.mv()</c>.</summary>
public static class RmaMv
{
    /// <summary>Every problem of the model and data (sizes, missing factors, non-finite or non-positive-definite V, a rank-deficient X), or none.</summary>
    /// <param name="model">The data and model.</param>
    /// <param name="options">Options; null for metafor's defaults.</param>
    public static IReadOnlyList<DataDiagnostic> Validate(RmaMvModel model, RmaMvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var problems = new List<DataDiagnostic>();
        MvStructure.Build(model, CheckOptions(options), problems);
        return problems;
    }

    /// <summary>
    /// Fits the model by REML (default), ML or EE; a model without random terms is an EE model whatever the method,
    /// as in metafor. Bad input stops with a <see cref="MetaAnalysisException"/> that
    /// lists every diagnostic of <see cref="Validate"/>, one per line.
    /// </summary>
    /// <param name="model">The data and model.</param>
    /// <param name="options">Options; null for metafor's defaults.</param>
    public static RmaMvResult Fit(RmaMvModel model, RmaMvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options = CheckOptions(options);
        var problems = new List<DataDiagnostic>();
        var spec = MvStructure.Build(model, options, problems);
        if (spec is null)
        {
            throw new MetaAnalysisException(string.Join(Environment.NewLine, problems.Select(p => $"{p.Code} {p.Column}: {p.Message}")));
        }

        int k = spec.K, p = spec.X.P, m = spec.Components.Count;
        var lik = new MvLikelihood(spec);
        var zero = new double[m];
        if (!lik.Evaluate(zero, reml: false, derivatives: false))
        {
            throw new MetaAnalysisException("X'V⁻¹X is not positive definite: the moderators cannot be estimated from these data.");
        }

        double qe = lik.Rss;
        // The likelihood's state (beta, vb, log-determinants, RSS) is left at the returned theta.
        var (theta, converged, iterations) = m == 0 ? (zero, true, 0) : MvSolver.Maximise(lik, spec, options, Start(spec, qe));
        if (!converged)
        {
            throw new MetaAnalysisException($"Optimizer did not converge within {options.MaxIter} iterations.");
        }

        var (ml, reml) = FitStats(lik, spec, p + m);
        var beta = (double[])lik.Beta.Clone();
        var vb = (double[])lik.Vb.Clone();
        var tests = CoefficientTests.Compute(beta, vb, spec.X, k, new RmaOptions { Test = options.Test, Level = options.Level });
        var rows = new IReadOnlyList<double>[p];
        for (int i = 0; i < p; i++)
        {
            rows[i] = vb.AsSpan(i * p, p).ToArray();
        }

        return new RmaMvResult
        {
            K = k,
            P = p,
            Options = options,
            CoefNames = spec.X.ColumnNames,
            Beta = beta,
            Se = tests.Se,
            Zval = tests.Zval,
            Pval = tests.Pval,
            CiLb = tests.CiLb,
            CiUb = tests.CiUb,
            Vb = rows,
            Sigma2 = [.. spec.Sigma2Components.Select(c => theta[c])],
            Sigma2Names = spec.Sigma2Names,
            Tau2 = spec.G?.Tau2(theta),
            Rho = spec.G?.Rho(theta),
            Gamma2 = spec.H?.Tau2(theta),
            Phi = spec.H?.Rho(theta),
            QE = qe,
            QEdf = k - p,
            QEp = k > p ? StatDist.PChisqUpper(qe, k - p) : double.NaN,
            QM = tests.Qm,
            QMdf1 = tests.QmDf,
            QMdf2 = options.Test == TestType.Z ? double.NaN : k - p,
            QMp = tests.Qmp,
            Ddf = tests.Ddf,
            Parms = p + m,
            FitML = ml,
            FitREML = reml,
            Converged = converged,
            Iterations = iterations,
            Blocks = spec.Blocks.Count,
            X = spec.X,
            Spec = spec,
        };
    }

    /// <summary>Wald test that the coefficients <paramref name="btt"/> (zero-based) are all 0, as metafor's <c>anova(res, btt=)</c>.</summary>
    /// <param name="fit">A fitted model.</param>
    /// <param name="btt">Coefficient indices (distinct, each in 0..p-1).</param>
    public static MvWaldTest Wald(RmaMvResult fit, IReadOnlyList<int> btt)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(btt);
        if (btt.Count == 0 || btt.Any(j => j < 0 || j >= fit.P) || btt.Distinct().Count() != btt.Count)
        {
            throw new ArgumentException($"btt must name distinct coefficients in 0..{fit.P - 1}.", nameof(btt));
        }

        int q = btt.Count;
        var sub = new double[q * q];
        for (int a = 0; a < q; a++)
        {
            for (int c = 0; c < q; c++)
            {
                sub[(a * q) + c] = fit.Vb[btt[a]][btt[c]];
            }
        }

        var inv = SmallMatrix.InvertSpd(sub, q, out _);
        double stat = double.NaN;
        if (inv is not null)
        {
            stat = 0;
            for (int a = 0; a < q; a++)
            {
                for (int c = 0; c < q; c++)
                {
                    stat += fit.Beta[btt[a]] * inv[(a * q) + c] * fit.Beta[btt[c]];
                }
            }
        }

        if (fit.Options.Test == TestType.Z)
        {
            return new MvWaldTest([.. btt], stat, q, double.NaN, StatDist.PChisqUpper(stat, q));
        }

        double f = stat / q;
        return new MvWaldTest([.. btt], f, q, fit.K - fit.P, fit.K > fit.P ? StatDist.PfUpper(f, q, fit.K - fit.P) : double.NaN);
    }

    /// <summary>
    /// Profile-likelihood confidence intervals of the estimated variance and correlation components at the fit's
    /// level, as metafor's <c>confint(res)</c> for rma.mv: every σ², τ² and ρ, γ² and φ (with σ, τ, γ), each bound
    /// where the (restricted) log-likelihood maximised over the other components drops by qchisq(level, 1)/2 below the
    /// fit's. Correlations held fixed get no interval; a model without estimated components gives an empty list
    /// (metafor: "No components for which a CI can be obtained"). Profile fits start from the previous one.
    /// </summary>
    /// <param name="fit">A fitted model.</param>
    public static IReadOnlyList<MvProfileComponent> Confint(RmaMvResult fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        if (fit.Spec is not { } spec)
        {
            throw new ArgumentException("The fit does not come from RmaMv.Fit.", nameof(fit));
        }

        return spec.Components.Count == 0 ? [] : MvConfint.Compute(fit, spec);
    }

    /// <summary>
    /// Predicted values at new moderator rows with confidence intervals and, except for EE models, prediction
    /// intervals whose variance adds Σσ² + τ² + γ² (metafor's predict.rma.mv for models with one τ² and one γ²).
    /// </summary>
    /// <param name="fit">A fitted model.</param>
    /// <param name="newX">Rows of p values; null for the pooled estimate (intercept-only) or the fitted values.</param>
    public static RmaPrediction Predict(RmaMvResult fit, IReadOnlyList<IReadOnlyList<double>>? newX = null) =>
        MvPrediction.Compute(fit, newX);

    private static RmaMvOptions CheckOptions(RmaMvOptions? options)
    {
        options ??= new RmaMvOptions();
        if (options.Method is not (TauSquaredEstimator.REML or TauSquaredEstimator.ML or TauSquaredEstimator.EE or TauSquaredEstimator.FE))
        {
            throw new ArgumentException($"rma.mv supports method REML, ML, EE or FE, not {options.Method}.", nameof(options));
        }

        if (options.Test is not (TestType.Z or TestType.T))
        {
            throw new ArgumentException($"rma.mv supports test z or t, not {options.Test}.", nameof(options));
        }

        if (!(options.Level > 0 && options.Level < 100) || options.MaxIter < 1 || !(options.Tolerance > 0))
        {
            throw new ArgumentException("level must be in (0, 100), maxiter at least 1 and the tolerance positive.", nameof(options));
        }

        return options;
    }

    /// <summary>Start: the heterogeneity beyond V that QE suggests, split evenly over the variance components.</summary>
    private static double[] Start(MvSpec spec, double qe)
    {
        int k = spec.K, p = spec.X.P, m = spec.Components.Count;
        double meanV = spec.Blocks.Sum(b => Enumerable.Range(0, b.N).Sum(i => b.V[(i * b.N) + i])) / k;
        double excess = k > p ? Math.Max((qe / (k - p)) - 1, 0.1) : 1;
        int variances = spec.Components.Count(c => c.NonNegative);
        double each = meanV * excess / Math.Max(variances, 1);
        var theta = new double[m];
        for (int c = 0; c < m; c++)
        {
            theta[c] = each;
        }

        foreach (var g in new[] { spec.G, spec.H })
        {
            if (g is { Shared: >= 0 })
            {
                theta[g.Main] = each / 2;
                theta[g.Shared] = each / 2;
            }
        }

        return theta;
    }

    private static (FitStatistics Ml, FitStatistics Reml) FitStats(MvLikelihood lik, MvSpec spec, int parms)
    {
        int k = spec.K, p = spec.X.P;
        double llMl = MvSolver.LogLik(lik, spec, reml: false);
        double llReml = MvSolver.LogLik(lik, spec, reml: true) + (0.5 * LogDetXtX(spec.X));
        double llSaturated = (-0.5 * k * Math.Log(2 * Math.PI)) - (0.5 * spec.LogDetV);
        double km = Math.Max(k, parms + 2), kpm = Math.Max(k - p, parms + 2);
        var ml = new FitStatistics(llMl, -2 * (llMl - llSaturated), (-2 * llMl) + (2 * parms), (-2 * llMl) + (parms * Math.Log(k)), (-2 * llMl) + (2 * parms * km / (km - parms - 1)));
        var reml = new FitStatistics(llReml, -2 * llReml, (-2 * llReml) + (2 * parms), (-2 * llReml) + (parms * Math.Log(k - p)), (-2 * llReml) + (2 * parms * kpm / (kpm - parms - 1)));
        return (ml, reml);
    }

    private static double LogDetXtX(ModelMatrix x)
    {
        int p = x.P;
        var xtx = new double[p * p];
        for (int a = 0; a < p; a++)
        {
            for (int b = 0; b < p; b++)
            {
                double s = 0;
                for (int i = 0; i < x.K; i++)
                {
                    s += x[i, a] * x[i, b];
                }

                xtx[(a * p) + b] = s;
            }
        }

        SmallMatrix.InvertSpd(xtx, p, out double logDet);
        return logDet;
    }
}
