using Spinewise.Evidence.Common;
using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.Multivariate;

/// <summary>predict() for rma.mv fits.</summary>
internal static class MvPrediction
{
    public static RmaPrediction Compute(RmaMvResult fit, IReadOnlyList<IReadOnlyList<double>>? newX)
    {
        ArgumentNullException.ThrowIfNull(fit);
        int p = fit.P;
        var xs = PredictionRows.Of(fit.X, fit.K, p, newX);

        double alpha = fit.Options.Alpha;
        double crit = fit.Options.Test == TestType.T ? StatDist.QtUpper(alpha / 2, fit.Ddf) : StatDist.QNorm(1 - (alpha / 2));
        double extra = fit.Sigma2.Sum() + (fit.Tau2 ?? 0) + (fit.Gamma2 ?? 0);
        bool ee = fit.Options.IsEqualEffects || (fit.Sigma2.Count == 0 && fit.Tau2 is null && fit.Gamma2 is null);
        int n = xs.Count;
        double[] pred = new double[n], se = new double[n], cl = new double[n], cu = new double[n], pl = new double[n], pu = new double[n];
        for (int r = 0; r < n; r++)
        {
            double s = 0, var = 0;
            for (int j = 0; j < p; j++)
            {
                s += xs[r][j] * fit.Beta[j];
                for (int l = 0; l < p; l++)
                {
                    var += xs[r][j] * fit.Vb[j][l] * xs[r][l];
                }
            }

            pred[r] = s;
            se[r] = Math.Sqrt(var);
            cl[r] = s - (crit * se[r]);
            cu[r] = s + (crit * se[r]);
            double sp = ee ? double.NaN : Math.Sqrt(var + extra);
            pl[r] = s - (crit * sp);
            pu[r] = s + (crit * sp);
        }

        return new RmaPrediction(pred, se, cl, cu, pl, pu);
    }
}
