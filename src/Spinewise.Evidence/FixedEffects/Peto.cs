using Spinewise.Evidence.Common;
using Spinewise.Evidence.EffectSizes;

namespace Spinewise.Evidence.FixedEffects;

/// <summary>Peto's method for 2x2 tables, as metafor's <c>rma.peto()</c>.</summary>
public static class Peto
{
    /// <summary>Fits Peto's one-step log odds ratio model.</summary>
    /// <param name="data">2x2 counts (ai, bi or n1i, ci, di or n2i).</param>
    /// <param name="options">Options; null for metafor's defaults.</param>
    public static PooledResult Fit(EscalcData data, MhOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new MhOptions();
        var t = PooledCommon.Prepare(EffectMeasure.PETO, data, options);
        int k = t.Ai.Length;
        double sumO = 0, sumV = 0, sumOsq = 0;
        int kPos = 0;
        for (int i = 0; i < k; i++)
        {
            double a = t.Ai[i], b = t.Bi[i], c = t.Ci[i], d = t.Di[i];
            double n1 = a + b, n2 = c + d, n = n1 + n2, xt = a + c, yt = b + d;
            double e = xt * n1 / n, v = xt * yt * (n1 / n) * (n2 / n) / (n - 1);
            sumO += a - e;
            sumV += v;
            if (v > 0)
            {
                kPos++;
                sumOsq += (a - e) * (a - e) / v;
            }
        }
        if (sumV == 0) throw new MetaAnalysisException("One of the two outcomes never occurred in any of the tables. Peto's method cannot be used.");
        double beta = sumO / sumV, se = Math.Sqrt(1 / sumV), z = beta / se;
        double crit = StatDist.QNorm(1 - ((1 - (options.Level / 100)) / 2));
        double qe = Math.Max(0, sumOsq - (sumO * sumO / sumV));
        int kYi = t.Yi.Length;
        double qep = 1, i2 = 0, h2 = 1;
        if (kPos > 1)
        {
            qep = StatDist.PChisqUpper(qe, kYi - 1);
            i2 = Math.Max(0, 100 * (qe - (kYi - 1)) / qe);
            h2 = qe / (kYi - 1);
        }
        double rss = 0;
        for (int i = 0; i < kYi; i++) rss += (t.Yi[i] - beta) * (t.Yi[i] - beta) / t.Vi[i];
        var (ml, reml) = PooledCommon.FitStats(t.Yi, t.Vi, rss);
        return new PooledResult
        {
            Measure = "PETO", K = k, KYi = kYi, KPos = kPos, KAll = t.YiAll.Length,
            Beta = beta, Se = se, Zval = z, Pval = StatDist.PNormTwoSided(z), CiLb = beta - (crit * se), CiUb = beta + (crit * se),
            QE = qe, QEp = qep, I2 = i2, H2 = h2, FitML = ml, FitREML = reml, YiUsedForQE = t.YiAll, ViUsedForQE = t.ViAll, Warnings = t.Warnings,
        };
    }
}
