using Spinewise.Evidence.Common;
using Spinewise.Evidence.EffectSizes;

namespace Spinewise.Evidence.FixedEffects;

/// <summary>Mantel-Haenszel equal-effects meta-analysis, as metafor's <c>rma.mh()</c> (OR, RR, RD, IRR, IRD).</summary>
public static class MantelHaenszel
{
    /// <summary>Fits the MH model. 2x2 measures use ai/bi/ci/di (or n1i/n2i); IRR/IRD use x1i/x2i/t1i/t2i.</summary>
    /// <param name="measure">OR, RR, RD, IRR or IRD.</param>
    /// <param name="data">Counts.</param>
    /// <param name="options">Options; null for metafor's defaults.</param>
    public static PooledResult Fit(EffectMeasure measure, EscalcData data, MhOptions? options = null)
    {
        if (measure is not (EffectMeasure.OR or EffectMeasure.RR or EffectMeasure.RD or EffectMeasure.IRR or EffectMeasure.IRD))
            throw new ArgumentException($"rma.mh does not support measure {measure}.", nameof(measure));
        ArgumentNullException.ThrowIfNull(data);
        options ??= new MhOptions();
        var t = PooledCommon.Prepare(measure, data, options);
        double[] a = t.Ai, b = t.Bi, c = t.Ci, d = t.Di;
        int k = a.Length;
        double crit = StatDist.QNorm(1 - ((1 - (options.Level / 100)) / 2));
        double beta, se;
        double co = double.NaN, cop = double.NaN, mh = double.NaN, mhp = double.NaN, bd = double.NaN, bdp = double.NaN, ta = double.NaN, tap = double.NaN;
        int? kPos = null;
        double cc = options.Correct ? 0.5 : 0;
        switch (measure)
        {
            case EffectMeasure.OR:
            {
                double r = 0, s = 0, pr = 0, psqr = 0, qs = 0, sumA = 0, sumE = 0, vCo = 0, vMh = 0;
                double sxt = 0, syt = 0;
                for (int i = 0; i < k; i++)
                {
                    double n1 = a[i] + b[i], n2 = c[i] + d[i], n = n1 + n2;
                    double pi = (a[i] / n) + (d[i] / n), qi = (b[i] / n) + (c[i] / n);
                    double ri = a[i] / n * d[i], si = b[i] / n * c[i];
                    r += ri; s += si;
                    pr += pi * ri; psqr += (pi * si) + (qi * ri); qs += qi * si;
                    double xt = a[i] + c[i], yt = b[i] + d[i];
                    sxt += xt; syt += yt;
                    sumA += a[i]; sumE += n1 / n * xt;
                    vCo += n1 / n * (n2 / n) * (xt * (yt / n));
                    vMh += n1 / n * (n2 / n) * (xt * (yt / (n - 1)));
                }
                if (r == 0 || s == 0)
                {
                    beta = se = double.NaN;
                    kPos = 0;
                }
                else
                {
                    beta = Math.Log(r / s);
                    se = Math.Sqrt(0.5 * ((pr / (r * r)) + (psqr / (r * s)) + (qs / (s * s))));
                }
                if (sxt != 0 && syt != 0)
                {
                    double num = Math.Pow(Math.Abs(sumA - sumE) - cc, 2);
                    co = num / vCo; cop = StatDist.PChisqUpper(co, 1);
                    mh = num / vMh; mhp = StatDist.PChisqUpper(mh, 1);
                }
                if (!double.IsNaN(beta)) (bd, bdp, ta, tap, kPos) = BreslowDay(a, b, c, d, r / s);
                break;
            }
            case EffectMeasure.RR:
            {
                double r = 0, s = 0, v = 0, sa = 0, sc = 0;
                for (int i = 0; i < k; i++)
                {
                    double n1 = a[i] + b[i], n2 = c[i] + d[i], n = n1 + n2;
                    r += a[i] * (n2 / n); s += c[i] * (n1 / n);
                    v += (n1 / n * (n2 / n) * (a[i] + c[i])) - (a[i] / n * c[i]);
                    sa += a[i]; sc += c[i];
                }
                (beta, se) = sa == 0 || sc == 0 ? (double.NaN, double.NaN) : (Math.Log(r / s), Math.Sqrt(v / (r * s)));
                break;
            }
            case EffectMeasure.RD:
            {
                double num = 0, den = 0, t1 = 0, t2 = 0;
                for (int i = 0; i < k; i++)
                {
                    double n1 = a[i] + b[i], n2 = c[i] + d[i], n = n1 + n2;
                    num += (a[i] * (n2 / n)) - (c[i] * (n1 / n));
                    den += n1 * (n2 / n);
                    t1 += (c[i] * (n1 / n) * (n1 / n)) - (a[i] * (n2 / n) * (n2 / n)) + (n1 / n * (n2 / n) * (n2 - n1) / 2);
                    t2 += (a[i] * (n2 - c[i]) / n) + (c[i] * (n1 - a[i]) / n);
                }
                beta = num / den;
                se = Math.Sqrt(((beta * t1) + (t2 / 2)) / (den * den));
                break;
            }
            case EffectMeasure.IRR:
            {
                // a = x1i, b = t1i, c = x2i, d = t2i
                double r = 0, s = 0, v = 0, sx1 = 0, sx2 = 0, o = 0, e = 0, vm = 0;
                for (int i = 0; i < k; i++)
                {
                    double ti = b[i] + d[i], xt = a[i] + c[i];
                    r += a[i] * (d[i] / ti); s += c[i] * (b[i] / ti);
                    v += b[i] / ti * (d[i] / ti) * xt;
                    sx1 += a[i]; sx2 += c[i];
                    o += a[i]; e += xt * (b[i] / ti); vm += xt * (b[i] / ti) * (d[i] / ti);
                }
                (beta, se) = sx1 == 0 || sx2 == 0 ? (double.NaN, double.NaN) : (Math.Log(r / s), Math.Sqrt(v / (r * s)));
                if (sx1 + sx2 != 0)
                {
                    mh = Math.Pow(Math.Abs(o - e) - cc, 2) / vm;
                    mhp = StatDist.PChisqUpper(mh, 1);
                }
                break;
            }
            default:
            {
                double num = 0, den = 0, v = 0;
                for (int i = 0; i < k; i++)
                {
                    double ti = b[i] + d[i], wgt = b[i] / ti * d[i];
                    num += ((a[i] * d[i]) - (c[i] * b[i])) / ti;
                    den += wgt;
                    v += wgt * wgt * ((a[i] / (b[i] * b[i])) + (c[i] / (d[i] * d[i])));
                }
                beta = num / den;
                se = Math.Sqrt(v) / den;
                break;
            }
        }
        double z = beta / se;
        var (qe, qep, i2, h2) = PooledCommon.InverseVarianceQ(t.Yi, t.Vi, beta);
        var (ml, reml) = PooledCommon.FitStats(t.Yi, t.Vi, qe);
        return new PooledResult
        {
            Measure = measure.ToString(), K = k, KYi = t.Yi.Length, KPos = kPos, KAll = t.YiAll.Length,
            Beta = beta, Se = se, Zval = z, Pval = StatDist.PNormTwoSided(z), CiLb = beta - (crit * se), CiUb = beta + (crit * se),
            QE = qe, QEp = qep, I2 = i2, H2 = h2, CO = co, COp = cop, MH = mh, MHp = mhp, BD = bd, BDp = bdp, TA = ta, TAp = tap,
            FitML = ml, FitREML = reml, YiUsedForQE = t.YiAll, ViUsedForQE = t.ViAll, Warnings = t.Warnings,
        };
    }

    private static (double Bd, double BdP, double Ta, double TaP, int KPos) BreslowDay(double[] a, double[] b, double[] c, double[] d, double psi)
    {
        double bd = 0, sumDiff = 0, sumInvVar = 0;
        int kPos = 0;
        for (int i = 0; i < a.Length; i++)
        {
            double n1 = a[i] + b[i], n2 = c[i] + d[i], n = n1 + n2, xt = a[i] + c[i], yt = b[i] + d[i];
            double n11;
            if (psi == 1) n11 = n1 / n * xt;
            else
            {
                double aa = (psi * (n1 + xt)) + (n2 - xt);
                double bb = Math.Sqrt((aa * aa) - (4 * n1 * xt * psi * (psi - 1)));
                n11 = (aa - bb) / (2 * (psi - 1));
            }
            if (!(n11 > 0 && xt > 0 && yt > 0)) continue;
            kPos++;
            double n12 = n1 - n11, n21 = xt - n11, n22 = n11 - n1 - xt + n;
            double v = 1 / ((1 / n11) + (1 / n12) + (1 / n21) + (1 / n22));
            bd += (a[i] - n11) * (a[i] - n11) / v;
            sumDiff += a[i] - n11;
            sumInvVar += v;
        }
        bd = Math.Max(0, bd);
        double ta = Math.Max(0, bd - (sumDiff * sumDiff / sumInvVar));
        return kPos > 1
            ? (bd, StatDist.PChisqUpper(bd, kPos - 1), ta, StatDist.PChisqUpper(ta, kPos - 1), kPos)
            : (bd, double.NaN, ta, double.NaN, kPos);
    }
}
