using Spinewise.Evidence.Common;
using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.PublicationBias;

/// <summary>
/// metafor's <c>trimfill()</c> for intercept-only models: chooses the side from the sign of the sqrt(vi) slope (unless
/// given), iteratively trims the most extreme studies and re-estimates k0 (L0 or R0), then refits the model with the
/// mirror images of the trimmed studies added.
/// </summary>
public static class TrimFill
{
    /// <summary>Runs trim and fill.</summary>
    /// <param name="fit">A fitted intercept-only model without user weights.</param>
    /// <param name="side"><c>left</c>, <c>right</c>, or null to choose as metafor does.</param>
    /// <param name="estimator">L0 (default) or R0.</param>
    /// <param name="maxIter">Maximum number of iterations (metafor: 100).</param>
    public static TrimFillResult Compute(RmaResult fit, string? side = null, TrimFillEstimator estimator = TrimFillEstimator.L0, int maxIter = 100)
    {
        ArgumentNullException.ThrowIfNull(fit);
        if (!fit.X.IsInterceptOnly) throw new ArgumentException("Trim-and-fill method only applicable to models without moderators.", nameof(fit));
        if (fit.K == 1) throw new MetaAnalysisException("Stopped because k = 1.");
        if (side is not (null or "left" or "right")) throw new ArgumentException("side must be left or right.", nameof(side));
        var options = new RmaOptions { Method = fit.Options.Method, Threshold = fit.Options.Threshold, MaxIter = fit.Options.MaxIter, Tol = fit.Options.Tol, StepAdj = fit.Options.StepAdj };
        var yObs = fit.Yi.ToArray();
        var vObs = fit.Vi.ToArray();
        int k = yObs.Length;
        side ??= ChooseSide(yObs, vObs, options);
        double flip = side == "right" ? -1 : 1;
        var order = Enumerable.Range(0, k).OrderBy(i => flip * yObs[i]).ToArray();
        var y = order.Select(i => flip * yObs[i]).ToArray();
        var v = order.Select(i => vObs[i]).ToArray();

        int k0 = 0, k0Saved = -1, iter = 0;
        double se = 0, beta = 0;
        var centred = new double[k];
        while (k0 != k0Saved)
        {
            k0Saved = k0;
            if (++iter > maxIter) throw new MetaAnalysisException("Trim and fill algorithm did not converge.");
            beta = Rma.Fit(y[..(k - k0)], v[..(k - k0)], options).Beta[0];
            for (int i = 0; i < k; i++) centred[i] = y[i] - beta;
            var signedRanks = SignedRanks(centred);
            double estimate;
            if (estimator == TrimFillEstimator.R0)
            {
                double maxNegative = signedRanks.Where(r => r < 0).Select(r => -r).DefaultIfEmpty(double.NegativeInfinity).Max();
                estimate = k - maxNegative - 1;
                se = Math.Sqrt((2 * Math.Max(0, estimate)) + 2);
            }
            else
            {
                double sr = signedRanks.Where(r => r > 0).Sum();
                estimate = ((4 * sr) - (k * (k + 1.0))) / ((2.0 * k) - 1);
                double varSr = 1.0 / 24 * ((k * (k + 1.0) * ((2.0 * k) + 1)) + (10 * Math.Pow(estimate, 3)) + (27 * estimate * estimate) + (17 * estimate)
                    - (18.0 * k * estimate * estimate) - (18.0 * k * estimate) + (6.0 * k * k * estimate));
                se = 4 * Math.Sqrt(varSr) / ((2.0 * k) - 1);
            }

            k0 = (int)Math.Max(0, Math.Round(estimate, MidpointRounding.ToEven));
            se = Math.Max(0, se);
        }

        double pk0 = estimator == TrimFillEstimator.R0 ? Math.Pow(0.5, k0 + 1) : double.NaN;
        if (k0 == 0)
        {
            return new TrimFillResult(0, se, pk0, side, estimator, fit, yObs, vObs, new bool[k]);
        }

        var yFill = yObs.ToList();
        var vFill = vObs.ToList();
        for (int i = k - k0; i < k; i++)
        {
            yFill.Add(flip * ((2 * beta) - y[i]));
            vFill.Add(v[i]);
        }

        var model = Rma.Fit(yFill, vFill, options);
        var fill = Enumerable.Range(0, k + k0).Select(i => i >= k).ToArray();
        return new TrimFillResult(k0, se, pk0, side, estimator, model, yFill, vFill, fill);
    }

    private static string ChooseSide(double[] y, double[] v, RmaOptions options)
    {
        var sei = v.Select(Math.Sqrt).ToArray();
        var x = ModelMatrix.FromModerators(y.Length, [Moderator.Numeric("sei", sei)]);
        var res = Rma.Fit(y, v, options, x);
        return res.Beta[1] < 0 ? "right" : "left";
    }

    /// <summary>sign(c) × rank(|c|) with R's ties.method = "first".</summary>
    private static double[] SignedRanks(double[] centred)
    {
        var byAbs = Enumerable.Range(0, centred.Length).OrderBy(i => Math.Abs(centred[i])).ToArray();
        var ranks = new double[centred.Length];
        for (int r = 0; r < byAbs.Length; r++) ranks[byAbs[r]] = Math.Sign(centred[byAbs[r]]) * (r + 1.0);
        return ranks;
    }
}
