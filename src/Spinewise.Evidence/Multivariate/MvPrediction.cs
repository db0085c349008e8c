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
        var xs = Predictions.Rows(fit.X, fit.K, p, newX);

        double alpha = fit.Options.Alpha;
        double crit = fit.Options.Test == TestType.T ? StatDist.QtUpper(alpha / 2, fit.Ddf) : StatDist.QNorm(1 - (alpha / 2));
        double extra = fit.Sigma2.Sum() + (fit.Tau2 ?? 0) + (fit.Gamma2 ?? 0);
        bool ee = fit.Options.IsEqualEffects || (fit.Sigma2.Count == 0 && fit.Tau2 is null && fit.Gamma2 is null);
        return Predictions.Compute(xs, fit.Beta, fit.Vb, crit, ee ? null : extra);
    }
}
