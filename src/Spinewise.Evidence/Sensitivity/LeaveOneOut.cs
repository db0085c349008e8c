using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.Sensitivity;

/// <summary>Leave-one-out analysis of an intercept-only model, as metafor's <c>leave1out()</c>.</summary>
public static class LeaveOneOut
{
    /// <summary>Refits the model k times, each time omitting one study (same options as the original fit); Tau2 is empty for EE models.</summary>
    /// <param name="fit">An intercept-only rma.uni fit.</param>
    public static LeaveOneOutResult Compute(RmaResult fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        if (!fit.X.IsInterceptOnly) throw new ArgumentException("leave1out is implemented for intercept-only models.", nameof(fit));
        int k = fit.K;
        var cols = new double[11][];
        for (int c = 0; c < cols.Length; c++) cols[c] = new double[k];
        var y = new double[k - 1];
        var v = new double[k - 1];
        double[]? w = fit.Weights is null ? null : new double[k - 1];
        for (int omit = 0; omit < k; omit++)
        {
            int n = 0;
            for (int i = 0; i < k; i++)
            {
                if (i == omit) continue;
                y[n] = fit.Yi[i];
                v[n] = fit.Vi[i];
                if (w is not null) w[n] = fit.Weights![i];
                n++;
            }
            var r = Rma.Fit(y, v, fit.Options with { Weights = w });
            double[] vals = [r.Beta[0], r.Se[0], r.Zval[0], r.Pval[0], r.CiLb[0], r.CiUb[0], r.QE, r.QEp, r.Tau2, r.I2, r.H2];
            for (int c = 0; c < vals.Length; c++) cols[c][omit] = vals[c];
        }
        // as metafor, the tau2 column is removed for equal-effects models
        IReadOnlyList<double> tau2 = fit.Options.IsEqualEffects ? [] : cols[8];
        return new LeaveOneOutResult(cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], cols[6], cols[7], tau2, cols[9], cols[10]);
    }
}
