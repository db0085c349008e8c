using Spinewise.Evidence.Common;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Multivariate;

namespace Spinewise.Evidence.Network;

/// <summary>
/// The design-by-treatment interaction model (Higgins et al. 2012): one vector of treatment effects per design. Its
/// column space holds the consistency design's (every consistency row is a difference of its design's parameters), so
/// the inconsistency df is Σ_d (arms_d − 1) − (a − 1). τ² is estimated under this model by maximising its REML (or ML)
/// log-likelihood, −½[Σ_s log|Σ_s| + Σ_d log|X_d'WX_d| + RSS], over τ² ≥ 0 with ρ fixed (golden-section search), and
/// the Wald statistic of the design-by-treatment terms at that τ² is RSS_consistency − RSS_design-by-treatment (the
/// GLS identity for nested linear models with a known covariance).
/// </summary>
internal static class DesignByTreatment
{
    public static NetworkInconsistency Assess(NetworkBuilt net, ModelMatrix x, RmaMvResult consistency, NetworkOptions options)
    {
        var gls = new DesignGls(net, x, options.Rho);
        int k = net.Contrasts.Count, df = gls.Parameters - x.P;
        double qTotal = consistency.QE;
        if (df <= 0)
        {
            return new NetworkInconsistency(0, 0, double.NaN, qTotal, consistency.QEdf, qTotal, consistency.QEdf, 0, double.NaN, null, consistency);
        }

        bool ee = ContrastModels.IsEe(options);
        double tau2 = ee ? 0 : Tau2(gls, net, options.Method == TauSquaredEstimator.REML);
        double qm = Math.Max(gls.Consistency(tau2) - gls.DesignByTreatment(tau2).Rss, 0);
        double qHet = gls.DesignByTreatment(0).Rss;
        double qInc = Math.Max(qTotal - qHet, 0);
        var random = ee ? consistency : RmaMv.Fit(ContrastModels.Model(net, x, options, withDesign: true), ContrastModels.MvOptions(options));
        return new NetworkInconsistency(df, qm, StatDist.PChisqUpper(qm, df), qTotal, consistency.QEdf, qHet, k - gls.Parameters, qInc, StatDist.PChisqUpper(qInc, df), tau2, random);
    }

    /// <summary>Golden-section maximisation of the (RE)ML log-likelihood over τ² in [0, U].</summary>
    private static double Tau2(DesignGls gls, NetworkBuilt net, bool reml)
    {
        double Objective(double t)
        {
            var (rss, ldS, ldX) = gls.DesignByTreatment(t);
            return ldS + (reml ? ldX : 0) + rss;
        }

        double meanV = net.Contrasts.Average(c => c.Vi);
        double lo = 0, hi = Math.Max(10 * meanV, 1);
        while (Objective(hi) < Objective(hi / 2) && hi < 1e6)
        {
            hi *= 2;
        }

        double phi = (Math.Sqrt(5) - 1) / 2;
        double c = hi - (phi * (hi - lo)), d = lo + (phi * (hi - lo));
        double fc = Objective(c), fd = Objective(d);
        for (int i = 0; i < 200 && hi - lo > 1e-12 * Math.Max(1, hi); i++)
        {
            if (fc < fd)
            {
                (hi, d, fd) = (d, c, fc);
                c = hi - (phi * (hi - lo));
                fc = Objective(c);
            }
            else
            {
                (lo, c, fc) = (c, d, fd);
                d = lo + (phi * (hi - lo));
                fd = Objective(d);
            }
        }

        double best = (lo + hi) / 2;
        return Objective(0) <= Objective(best) ? 0 : best;
    }

    /// <summary>Adds the column to the orthonormal basis when it is not (numerically) in its span.</summary>
    internal static bool TryAdd(List<double[]> basis, double[] col)
    {
        double norm0 = Math.Sqrt(col.Sum(v => v * v));
        if (norm0 == 0)
        {
            return false;
        }

        for (int pass = 0; pass < 2; pass++)
        {
            foreach (var q in basis)
            {
                double dot = 0;
                for (int i = 0; i < col.Length; i++) dot += q[i] * col[i];
                for (int i = 0; i < col.Length; i++) col[i] -= dot * q[i];
            }
        }

        double norm = Math.Sqrt(col.Sum(v => v * v));
        if (norm <= 1e-9 * norm0)
        {
            return false;
        }

        for (int i = 0; i < col.Length; i++) col[i] /= norm;
        basis.Add(col);
        return true;
    }
}
