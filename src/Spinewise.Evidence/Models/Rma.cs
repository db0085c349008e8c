using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.Models;

/// <summary>Random/mixed-effects and equal-effects meta-analysis, as metafor's <c>rma.uni()</c>.</summary>
public static class Rma
{
    /// <summary>k below which a suggestion to use the Knapp-Hartung method is added for z tests.</summary>
    public const int SmallKForKnhaSuggestion = 10;

    /// <summary>k up to which no Knapp-Hartung suggestion is made (k - p leaves at most 1 degree of freedom).</summary>
    public const int MaxKWithoutKnhaSuggestion = 2;

    /// <summary>Fits the model. Rows with a missing yi, vi, moderator or weight are dropped (with metafor's warning).</summary>
    /// <remarks>The inputs are copied: changing the caller's arrays afterwards does not change the result.</remarks>
    /// <param name="yi">Observed effect sizes.</param>
    /// <param name="vi">Sampling variances.</param>
    /// <param name="options">Estimator, test, level and controls; null for metafor's defaults (REML, z, 95%).</param>
    /// <param name="x">Model matrix (null = intercept only).</param>
    public static RmaResult Fit(IReadOnlyList<double> yi, IReadOnlyList<double> vi, RmaOptions? options = null, ModelMatrix? x = null)
    {
        ArgumentNullException.ThrowIfNull(yi);
        ArgumentNullException.ThrowIfNull(vi);
        options ??= new RmaOptions();
        int kAll = yi.Count;
        if (vi.Count != kAll) throw new ArgumentException("yi and vi must have the same length.", nameof(vi));
        x ??= ModelMatrix.InterceptOnly(kAll);
        if (x.K != kAll) throw new ArgumentException("Model matrix must have one row per study.", nameof(x));
        if (options.Weights is not null && options.Weights.Count != kAll) throw new ArgumentException("One weight per study is required.", nameof(options));
        if (kAll == 0) throw new MetaAnalysisException("Processing terminated since k = 0.");
        double[] y = AsArray(yi), v = AsArray(vi);
        double[]? weights = options.Weights is null ? null : [.. options.Weights];
        if (AllPresent(y, v, weights, x))
        {
            CheckPositiveVariances(v, i => i, options);
            return RmaEngine.Fit(y, v, weights, x, options, new IdentityRows(kAll), []);
        }

        var rows = new List<int>(kAll);
        for (int i = 0; i < kAll; i++)
        {
            bool ok = !double.IsNaN(y[i]) && !double.IsNaN(v[i]) && (weights is null || !double.IsNaN(weights[i]));
            for (int j = 0; j < x.P && ok; j++) ok = !double.IsNaN(x[i, j]);
            if (ok) rows.Add(i);
        }
        if (rows.Count == 0) throw new MetaAnalysisException("Processing terminated since k = 0.");
        var yUsed = new double[rows.Count];
        var vUsed = new double[rows.Count];
        double[]? wUsed = weights is null ? null : new double[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            yUsed[i] = y[rows[i]];
            vUsed[i] = v[rows[i]];
            if (wUsed is not null) wUsed[i] = weights![rows[i]];
        }
        CheckPositiveVariances(vUsed, i => rows[i], options);
        return RmaEngine.Fit(yUsed, vUsed, wUsed, x.Subset(rows), options, rows, ["Studies with NAs omitted from model fitting."]);
    }

    /// <summary>
    /// A sampling variance of 0 (or below) among the studies used: metafor stops for DL, HS and PM with the message
    /// used here. For the other methods inverse-variance weights would be infinite, so without user weights the fit
    /// stops too (rather than return NA estimates), naming the row; with user weights it proceeds, as metafor's does.
    /// </summary>
    private static void CheckPositiveVariances(double[] v, Func<int, int> row, RmaOptions options)
    {
        int i = Array.FindIndex(v, x => x <= 0);
        bool stops = options.Method is TauSquaredEstimator.DL or TauSquaredEstimator.HS or TauSquaredEstimator.PM;
        if (i < 0 || (!stops && options.Weights is not null)) return;
        var where = $"row {row(i) + 1}: vi = {v[i].ToString("R", System.Globalization.CultureInfo.InvariantCulture)}";
        var method = options.Method.ToString();
        throw new MetaAnalysisException(stops
            ? $"{method} estimator cannot be used when there are non-positive sampling variances in the data ({where})."
            : $"There are outcomes with non-positive sampling variances ({where}): the inverse-variance weights of {method} would be infinite; give user weights, or correct or remove the row.");
    }

    /// <summary>The list itself when it is an array (read, never written), else a copy.</summary>
    private static double[] AsArray(IReadOnlyList<double> values) => [.. values];

    private static bool AllPresent(double[] yi, double[] vi, double[]? weights, ModelMatrix x)
    {
        if (VectorMath.AnyNaN(yi) || VectorMath.AnyNaN(vi) || (weights is not null && VectorMath.AnyNaN(weights))) return false;
        if (x.IsInterceptOnly) return true;
        for (int j = 0; j < x.P; j++)
        {
            if (VectorMath.AnyNaN(x.Column(j))) return false;
        }
        return true;
    }

    /// <summary>Predicted (average) effect with confidence and prediction intervals, as metafor's <c>predict()</c>.</summary>
    /// <param name="fit">A fitted model.</param>
    /// <param name="newX">Rows of new moderator values (each of length p, including the intercept when present); null
    /// gives the single pooled estimate for intercept-only models and the fitted values otherwise. Prediction limits
    /// are NaN for EE/FE models, as metafor reports none.</param>
    public static RmaPrediction Predict(RmaResult fit, IReadOnlyList<IReadOnlyList<double>>? newX = null)
    {
        ArgumentNullException.ThrowIfNull(fit);
        int p = fit.P;
        var xs = Predictions.Rows(fit.X, fit.K, p, newX);
        bool tdist = fit.Options.Test != TestType.Z;
        double alpha = fit.Options.Alpha;
        double crit = tdist ? StatDist.QtUpper(alpha / 2, fit.Ddf) : StatDist.QNorm(1 - (alpha / 2));
        return Predictions.Compute(xs, fit.Beta, fit.Vb, crit, fit.Options.IsEqualEffects ? null : fit.Tau2);
    }

    /// <summary>Q-profile confidence intervals for tau², tau, I² and H², as metafor's <c>confint()</c>.</summary>
    /// <param name="fit">A fitted model.</param>
    /// <param name="tol">uniroot tolerance (metafor default .Machine$double.eps^0.25).</param>
    public static HeterogeneityIntervals Confint(RmaResult fit, double? tol = null) =>
        QProfile.Compute(fit, tol ?? RootFinder.DefaultTolerance);
}
