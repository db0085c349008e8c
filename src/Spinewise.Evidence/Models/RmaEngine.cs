using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.Models;

/// <summary>The rma.uni computations after missing rows have been removed (follows metafor 3.8-1 step by step).</summary>
internal static class RmaEngine
{
    public static RmaResult Fit(double[] y, double[] v, double[]? weights, ModelMatrix x, RmaOptions o, IReadOnlyList<int> rows, List<string> warnings)
    {
        int k = y.Length, p = x.P;
        if (k < p) throw new ArgumentException($"Too many parameters ({p}) for the number of studies ({k}).", nameof(x));
        var core = new WlsCore(x);
        bool allViPos = Array.TrueForAll(v, t => t > 0);
        if (!allViPos) warnings.Add("There are outcomes with non-positive sampling variances.");
        bool ee = o.IsEqualEffects;
        double tau2 = 0, seTau2 = double.NaN;
        bool converged = true;
        int iterations = 0;
        var yc = Heterogeneity.Centre(y);
        if (!ee && k > 1)
        {
            var est = TauSquaredSolver.Run(core, yc, v, o);
            tau2 = est.Tau2;
            seTau2 = est.SeTau2;
            converged = est.Converged;
            iterations = est.Iterations;
            warnings.AddRange(est.Warnings);
        }
        if (!converged) tau2 = double.NaN;

        var w = TauSquaredSolver.Inverse(v, tau2);
        double[] beta, vbFlat;
        double rssF, rssKnha = double.NaN;
        var ivFit = converged ? core.Solve(w, y) : null;
        if (ivFit is not null) rssKnha = ivFit.Rss;
        if (weights is null)
        {
            if (ivFit is null) throw new ArgumentException("Cannot fit the model (non-convergence or singular X'WX).");
            beta = ivFit.Beta;
            vbFlat = ivFit.A;
            rssF = ivFit.Rss;
        }
        else
        {
            var aFit = core.Solve(weights, y, keepResiduals: true) ?? throw new ArgumentException("Model matrix not of full rank.");
            beta = aFit.Beta;
            var mid = new double[k];
            for (int i = 0; i < k; i++) mid[i] = weights[i] * weights[i] * (v[i] + tau2);
            vbFlat = SmallMatrix.Multiply3(aFit.A, core.Gram(mid), aFit.A, p);
            rssF = 0;
            for (int i = 0; i < k; i++) rssF += w[i] * aFit.Resid[i] * aFit.Resid[i];
        }

        double s2w = 1;
        if (o.Test is TestType.Knha or TestType.Adhoc)
        {
            s2w = rssKnha <= 2.220446049250313e-16 ? 0 : rssKnha / (k - p);
            if (ee) warnings.Add($"Knapp & Hartung method is not meant to be used in the context of {o.Method} models.");
            if (o.Test == TestType.Adhoc && s2w < 1) s2w = 1;
        }
        for (int i = 0; i < vbFlat.Length; i++) vbFlat[i] *= s2w;

        bool tdist = o.Test != TestType.Z;
        double ddf = tdist ? k - p : double.NaN;
        var btt = new List<int>();
        for (int j = 0; j < p; j++)
        {
            if (j != x.InterceptIndex || p == 1 && !x.HasIntercept) btt.Add(j);
        }
        if (btt.Count == 0) btt.Add(0);
        int m = btt.Count;
        double qm = WaldStatistic(beta, vbFlat, p, btt);
        double qmp, crit;
        var se = new double[p];
        var zval = new double[p];
        var pval = new double[p];
        for (int j = 0; j < p; j++)
        {
            se[j] = Math.Sqrt(vbFlat[(j * p) + j]);
            zval[j] = beta[j] / se[j];
        }
        if (tdist)
        {
            qm /= m;
            qmp = k - p > 0 ? StatDist.PfUpper(qm, m, k - p) : double.NaN;
            crit = ddf > 0 ? StatDist.QtUpper(o.Alpha / 2, ddf) : double.NaN;
            for (int j = 0; j < p; j++) pval[j] = ddf > 0 ? StatDist.PtTwoSided(zval[j], ddf) : double.NaN;
        }
        else
        {
            qmp = StatDist.PChisqUpper(qm, m);
            crit = StatDist.QNorm(1 - (o.Alpha / 2));
            for (int j = 0; j < p; j++) pval[j] = StatDist.PNormTwoSided(zval[j]);
        }
        var ciLb = new double[p];
        var ciUb = new double[p];
        for (int j = 0; j < p; j++)
        {
            ciLb[j] = beta[j] - (crit * se[j]);
            ciUb[j] = beta[j] + (crit * se[j]);
        }

        var het = Heterogeneity.Compute(core, y, v, tau2, ee, allViPos, warnings, x.IsInterceptOnly, yc);
        int parms = p + (ee || o.FixedTau2.HasValue ? 0 : 1);
        var (fitMl, fitReml) = FitStats(core, y, v, w, tau2, rssF, parms, allViPos);
        double r2 = !x.IsInterceptOnly && x.HasIntercept ? PseudoR2(y, v, weights, x, o, tau2, ee, w) : double.NaN;

        var wts = weights ?? w;
        double sumW = 0;
        foreach (var t in wts) sumW += t;
        var wp = new double[k];
        for (int i = 0; i < k; i++) wp[i] = 100 * wts[i] / sumW;

        var suggestions = new List<string>();
        if (o.Test == TestType.Z && !ee && k < Rma.SmallKForKnhaSuggestion)
            suggestions.Add($"Only k = {k} studies: consider test = Knha (Knapp-Hartung) for better coverage of the confidence interval.");
        var vb = new IReadOnlyList<double>[p];
        for (int j = 0; j < p; j++) vb[j] = vbFlat.AsSpan(j * p, p).ToArray();
        return new RmaResult
        {
            K = k, P = p, Options = o, CoefNames = x.ColumnNames, Beta = beta, Se = se, Zval = zval, Pval = pval,
            CiLb = ciLb, CiUb = ciUb, Vb = vb, Tau2 = tau2, SeTau2 = ee || k == 1 ? double.NaN : seTau2,
            I2 = het.I2, H2 = het.H2, Vt = het.Vt, R2 = r2, QE = het.QE, QEdf = k - p, QEp = het.QEp,
            QM = qm, QMdf1 = m, QMdf2 = tdist ? k - p : double.NaN, QMp = qmp, Ddf = ddf, S2w = s2w,
            FitML = fitMl, FitREML = fitReml, WeightsPercent = wp, Converged = converged, Iterations = iterations,
            Warnings = warnings, Suggestions = suggestions, Yi = y, Vi = v, RowsUsed = rows, X = x, Weights = weights,
        };
    }

    private static double WaldStatistic(double[] beta, double[] vb, int p, List<int> btt)
    {
        int m = btt.Count;
        var sub = new double[m * m];
        var b = new double[m];
        for (int a = 0; a < m; a++)
        {
            b[a] = beta[btt[a]];
            for (int c = 0; c < m; c++) sub[(a * m) + c] = vb[(btt[a] * p) + btt[c]];
        }
        var inv = SmallMatrix.InvertSpd(sub, m, out _);
        if (inv is null) return double.NaN;
        var ib = SmallMatrix.Multiply(inv, b, m);
        double q = 0;
        for (int a = 0; a < m; a++) q += b[a] * ib[a];
        return q;
    }

    private static (FitStatistics Ml, FitStatistics Reml) FitStats(WlsCore core, double[] y, double[] v, double[] w, double tau2, double rssF, int parms, bool allViPos)
    {
        int k = core.K, p = core.P;
        double sumLog = 0, satur = 0;
        for (int i = 0; i < k; i++)
        {
            sumLog += Math.Log(v[i] + tau2);
            satur += StatDist.LogDNorm(y[i], y[i], Math.Sqrt(v[i]));
        }
        SmallMatrix.InvertSpd(core.GramUnweighted(), p, out double logDetXtX);
        SmallMatrix.InvertSpd(core.Gram(w), p, out double logDetXtWX);
        double llMl = (-0.5 * k * Math.Log(2 * Math.PI)) - (0.5 * sumLog) - (0.5 * rssF);
        double llReml = (-0.5 * (k - p) * Math.Log(2 * Math.PI)) + (0.5 * logDetXtX) - (0.5 * sumLog) - (0.5 * logDetXtWX) - (0.5 * rssF);
        double devMl = k > p ? (allViPos ? -2 * (llMl - satur) : -2 * llMl) : 0;
        double km = Math.Max(k, parms + 2), kpm = Math.Max(k - p, parms + 2);
        var ml = new FitStatistics(llMl, devMl, (-2 * llMl) + (2 * parms), (-2 * llMl) + (parms * Math.Log(k)), (-2 * llMl) + (2 * parms * km / (km - parms - 1)));
        var reml = new FitStatistics(llReml, -2 * llReml, (-2 * llReml) + (2 * parms), (-2 * llReml) + (parms * Math.Log(k - p)), (-2 * llReml) + (2 * parms * kpm / (kpm - parms - 1)));
        return (ml, reml);
    }

    private static double PseudoR2(double[] y, double[] v, double[]? weights, ModelMatrix x, RmaOptions o, double tau2, bool ee, double[] w)
    {
        int k = y.Length, p = x.P;
        if (ee)
        {
            var lw = weights ?? w;
            double sw = 0, my = 0;
            for (int i = 0; i < k; i++) { sw += lw[i]; my += lw[i] * y[i]; }
            my /= sw;
            double tss = 0;
            for (int i = 0; i < k; i++) tss += lw[i] * (y[i] - my) * (y[i] - my);
            if (tss == 0) return 0;
            var fit = new WlsCore(x).Solve(lw, y);
            if (fit is null) return double.NaN;
            double r2 = 1 - (fit.Rss / tss);
            double adj = 1 - ((1 - r2) * (k - 1) / (k - p));
            return Math.Max(0, 100 * adj);
        }
        RmaResult res0;
        try
        {
            res0 = Rma.Fit(y, v, o with { Weights = weights });
        }
        catch (ArgumentException)
        {
            return double.NaN;
        }
        double t0 = res0.Tau2;
        if (t0 == 0) return 0;
        return Math.Max(0, 100 * (t0 - tau2) / t0);
    }
}
