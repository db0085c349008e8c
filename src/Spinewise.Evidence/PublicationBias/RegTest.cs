using Spinewise.Evidence.Common;
using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.PublicationBias;

/// <summary>
/// metafor's <c>regtest()</c>: regresses the estimates on a precision predictor; the predictor's coefficient tests
/// funnel plot asymmetry and the intercept is the "limit estimate" (the effect as the predictor goes to zero).
/// </summary>
public static class RegTest
{
    /// <summary>Runs the test on the studies of a fitted intercept-only model.</summary>
    /// <param name="fit">The fitted model (its yi, vi, method, test and level are reused).</param>
    /// <param name="model">rma (metafor's default) or lm.</param>
    /// <param name="predictor">sei (default), vi, ni, ninv or sqrtninv.</param>
    /// <param name="ni">Sample sizes, required for the ni-based predictors.</param>
    public static RegTestResult Compute(RmaResult fit, RegTestModel model = RegTestModel.Rma, RegTestPredictor predictor = RegTestPredictor.Sei, IReadOnlyList<double>? ni = null)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var yi = fit.Yi;
        var vi = fit.Vi;
        int k = yi.Count;
        var x = new double[k];
        for (int i = 0; i < k; i++) x[i] = Predictor(predictor, vi[i], ni, fit.RowsUsed[i]);
        bool limit = predictor != RegTestPredictor.Ni;
        return model == RegTestModel.Rma ? ViaRma(fit, yi, vi, x, predictor, limit) : ViaLm(fit, yi, vi, x, predictor, limit);
    }

    private static double Predictor(RegTestPredictor predictor, double vi, IReadOnlyList<double>? ni, int row)
    {
        if (predictor is RegTestPredictor.Sei) return Math.Sqrt(vi);
        if (predictor is RegTestPredictor.Vi) return vi;
        if (ni is null) throw new MetaAnalysisException($"Predictor {predictor} needs the sample sizes ni.");
        double n = ni[row];
        return predictor switch
        {
            RegTestPredictor.Ni => n,
            RegTestPredictor.Ninv => 1 / n,
            _ => 1 / Math.Sqrt(n),
        };
    }

    private static RegTestResult ViaRma(RmaResult fit, IReadOnlyList<double> yi, IReadOnlyList<double> vi, double[] x, RegTestPredictor predictor, bool limit)
    {
        var matrix = ModelMatrix.FromModerators(yi.Count, [Moderator.Numeric(Name(predictor), x)]);
        var reg = Rma.Fit(yi, vi, fit.Options with { Weights = null }, matrix);
        bool t = fit.Options.Test != TestType.Z;
        return new RegTestResult(RegTestModel.Rma, predictor, reg.Zval[1], t, reg.Pval[1], t ? reg.Ddf : double.NaN,
            limit ? reg.Beta[0] : double.NaN, limit ? reg.CiLb[0] : double.NaN, limit ? reg.CiUb[0] : double.NaN,
            reg.Beta, reg.Se, reg.Tau2, double.NaN);
    }

    private static RegTestResult ViaLm(RmaResult fit, IReadOnlyList<double> yi, IReadOnlyList<double> vi, double[] x, RegTestPredictor predictor, bool limit)
    {
        int k = yi.Count;
        double s0 = 0, s1 = 0, s2 = 0, t0 = 0, t1 = 0;
        for (int i = 0; i < k; i++)
        {
            double w = 1 / vi[i];
            s0 += w; s1 += w * x[i]; s2 += w * x[i] * x[i];
            t0 += w * yi[i]; t1 += w * x[i] * yi[i];
        }

        double det = (s0 * s2) - (s1 * s1);
        double b1 = ((s0 * t1) - (s1 * t0)) / det;
        double b0 = (t0 - (b1 * s1)) / s0;
        double rss = 0;
        for (int i = 0; i < k; i++)
        {
            double e = yi[i] - b0 - (b1 * x[i]);
            rss += e * e / vi[i];
        }

        int df = k - 2;
        double sigma2 = rss / df;
        double se0 = Math.Sqrt(sigma2 * s2 / det), se1 = Math.Sqrt(sigma2 * s0 / det);
        double tval = b1 / se1;
        double crit = StatDist.QtUpper(fit.Options.Alpha / 2, df);
        return new RegTestResult(RegTestModel.Lm, predictor, tval, true, StatDist.PtTwoSided(tval, df), df,
            limit ? b0 : double.NaN, limit ? b0 - (crit * se0) : double.NaN, limit ? b0 + (crit * se0) : double.NaN,
            [b0, b1], [se0, se1], double.NaN, Math.Sqrt(sigma2));
    }

    private static string Name(RegTestPredictor predictor) => predictor.ToString().ToLowerInvariant();
}
