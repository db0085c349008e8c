using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.Models;

/// <summary>The rma.uni computations after missing rows have been removed (follows metafor 3.8-1 step by step).</summary>
internal static class RmaEngine
{
    /// <param name="y">yi of the studies used (read only; may be the caller's array).</param>
    /// <param name="v">vi of the studies used (read only; may be the caller's array).</param>
    /// <param name="weights">User weights of the studies used, or null.</param>
    /// <param name="x">Model matrix of the studies used.</param>
    /// <param name="o">Options.</param>
    /// <param name="rows">Indices of the studies used in the caller's input.</param>
    /// <param name="warnings">Warnings so far (the fit adds its own).</param>
    public static RmaResult Fit(double[] y, double[] v, double[]? weights, ModelMatrix x, RmaOptions o, IReadOnlyList<int> rows, List<string> warnings)
    {
        int k = y.Length, p = x.P;
        if (k < p) throw new MetaAnalysisException($"Too many parameters ({p}) for the number of studies ({k}).");
        using var ws = new FitWorkspace(x, y, v);
        if (!ws.AllViPositive) warnings.Add("There are outcomes with non-positive sampling variances.");
        bool ee = o.IsEqualEffects;
        double tau2 = 0, seTau2 = double.NaN;
        bool converged = true;
        int iterations = 0;
        if (!ee && k > 1)
        {
            var est = TauSquaredSolver.Run(ws, o);
            tau2 = est.Tau2;
            seTau2 = est.SeTau2;
            converged = est.Converged;
            iterations = est.Iterations;
            warnings.AddRange(est.Warnings);
        }
        if (!converged) tau2 = double.NaN;

        var ivFit = converged ? ws.TryRaw(tau2) : null;
        var (beta, vbFlat, rssF) = weights is null
            ? (ivFit?.Beta ?? throw new MetaAnalysisException("Cannot fit the model (non-convergence or singular X'WX)."), ivFit.A, ivFit.Rss)
            : UserWeightedFit(ws, weights, tau2);
        double s2w = KnappHartungScale(o, ivFit?.Rss ?? double.NaN, k, p, ee, warnings);
        for (int i = 0; i < vbFlat.Length; i++) vbFlat[i] *= s2w;
        var tests = CoefficientTests.Compute(beta, vbFlat, x, k, o);

        var het = Heterogeneity.Compute(ws, tau2, ee, warnings, x.IsInterceptOnly);
        int parms = p + (ee || o.FixedTau2.HasValue ? 0 : 1);
        var (fitMl, fitReml) = ModelFitStatistics.Compute(ws, tau2, ivFit?.LogDetXtWX ?? LogDetXtWX(ws, tau2), rssF, parms);
        double r2 = !x.IsInterceptOnly && x.HasIntercept ? ModelFitStatistics.PseudoR2(y, v, weights, x, o, tau2, ee) : double.NaN;
        double sumW = weights is null ? ivFit!.SumW : VectorMath.Sum(weights);

        var suggestions = new List<string>();
        // not for k <= 2: with k - p <= 1 degree of freedom the Knapp-Hartung t interval is of little use
        if (o.Test == TestType.Z && !ee && k > Rma.MaxKWithoutKnhaSuggestion && k < Rma.SmallKForKnhaSuggestion)
            suggestions.Add($"Only k = {k} studies: consider test=\"knha\" (Knapp-Hartung; --test knha) for better coverage of the confidence interval.");
        var vb = new IReadOnlyList<double>[p];
        for (int j = 0; j < p; j++) vb[j] = vbFlat.AsSpan(j * p, p).ToArray();
        return new RmaResult
        {
            K = k, P = p, Options = o, CoefNames = x.ColumnNames, Beta = beta, Se = tests.Se, Zval = tests.Zval, Pval = tests.Pval,
            CiLb = tests.CiLb, CiUb = tests.CiUb, Vb = vb, Tau2 = tau2, SeTau2 = ee || k == 1 ? double.NaN : seTau2,
            I2 = het.I2, H2 = het.H2, Vt = het.Vt, R2 = r2, QE = het.QE, QEdf = k - p, QEp = het.QEp,
            QM = tests.Qm, QMdf1 = tests.QmDf, QMdf2 = o.Test != TestType.Z ? k - p : double.NaN, QMp = tests.Qmp, Ddf = tests.Ddf, S2w = s2w,
            FitML = fitMl, FitREML = fitReml, WeightsPercent = new WeightsPercentList(v, tau2, weights, sumW),
            Converged = converged, Iterations = iterations,
            Warnings = warnings, Suggestions = suggestions, Yi = y, Vi = v, RowsUsed = rows, X = x, Weights = weights,
        };
    }

    /// <summary>Coefficients from the user weights; their covariance A X'W²(V + tau²)X A and Σ w_iv e² (w_iv = 1/(vi + tau²)).</summary>
    private static (double[] Beta, double[] Vb, double Rss) UserWeightedFit(FitWorkspace ws, double[] weights, double tau2)
    {
        int k = ws.K, p = ws.P;
        var resid = ws.Buffer(FitWorkspace.ExtraSlot);
        var aFit = ws.Core.Solve(weights, ws.Y, resid: resid) ?? throw new MetaAnalysisException("Model matrix not of full rank.");
        var mid = ws.Buffer(FitWorkspace.WeightSlot);
        for (int i = 0; i < k; i++) mid[i] = weights[i] * weights[i] * (ws.V[i] + tau2);
        var vb = SmallMatrix.Multiply3(aFit.A, ws.Core.Gram(mid), aFit.A, p);
        double rss = 0;
        for (int i = 0; i < k; i++)
        {
            double w = 1 / (ws.V[i] + tau2);
            rss += w * resid[i] * resid[i];
        }
        return (aFit.Beta, vb, rss);
    }

    /// <summary>Knapp-Hartung s²w from the inverse-variance fit (1 unless knha/adhoc; adhoc truncates at 1).</summary>
    private static double KnappHartungScale(RmaOptions o, double rssIv, int k, int p, bool ee, List<string> warnings)
    {
        if (o.Test is not (TestType.Knha or TestType.Adhoc)) return 1;
        double s2w = rssIv <= Precision.MachineEpsilon ? 0 : rssIv / (k - p);
        if (ee) warnings.Add($"Knapp & Hartung method is not meant to be used in the context of {o.Method} models.");
        if (o.Test == TestType.Adhoc && s2w < 1) s2w = 1;
        return s2w;
    }

    /// <summary>log|X'WX| when the inverse-variance fit failed (as metafor, from the possibly singular X'WX).</summary>
    private static double LogDetXtWX(FitWorkspace ws, double tau2)
    {
        SmallMatrix.InvertSpd(ws.Core.Gram(ws.InverseWeights(tau2)), ws.P, out double logDet);
        return logDet;
    }
}
