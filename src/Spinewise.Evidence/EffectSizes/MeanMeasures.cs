using Spinewise.Evidence.Common;
using MathNet.Numerics;

namespace Spinewise.Evidence.EffectSizes;

/// <summary>Measures based on means: MD, SMD (Hedges' g), SMDH, ROM, MN.</summary>
internal static class MeanMeasures
{
    /// <summary>Exact bias correction J(m) = Γ(m/2) / (sqrt(m/2) Γ((m-1)/2)), NaN for m ≤ 1.</summary>
    public static double Cmi(double m) =>
        m <= 1 || double.IsNaN(m) ? double.NaN : Math.Exp(SpecialFunctions.GammaLn(m / 2) - Math.Log(Math.Sqrt(m / 2)) - SpecialFunctions.GammaLn((m - 1) / 2));

    public static void ComputeTwoGroup(EscalcContext ctx)
    {
        var d = ctx.Data;
        double[] m1 = ctx.Require(d.M1i, "m1i"), m2 = ctx.Require(d.M2i, "m2i");
        double[] s1 = ctx.Require(d.Sd1i, "sd1i"), s2 = ctx.Require(d.Sd2i, "sd2i");
        double[] n1 = ctx.Require(d.N1i, "n1i"), n2 = ctx.Require(d.N2i, "n2i");
        ctx.CheckLower(s1, "sd1i", 0, false, "NEGATIVE_SD");
        ctx.CheckLower(s2, "sd2i", 0, false, "NEGATIVE_SD");
        ctx.CheckLower(n1, "n1i", 0, true, "NONPOSITIVE_N");
        ctx.CheckLower(n2, "n2i", 0, true, "NONPOSITIVE_N");
        var vtype = ctx.Options.VType;
        for (int i = 0; i < ctx.K; i++)
        {
            double ni = n1[i] + n2[i], mi = ni - 2;
            double sdp = Math.Sqrt((((n1[i] - 1) * s1[i] * s1[i]) + ((n2[i] - 1) * s2[i] * s2[i])) / mi);
            double v1 = s1[i] * s1[i], v2 = s2[i] * s2[i];
            switch (ctx.Measure)
            {
                case EffectMeasure.MD:
                    ctx.Yi[i] = m1[i] - m2[i];
                    ctx.Vi[i] = vtype == VarianceType.HO ? sdp * sdp * ((1 / n1[i]) + (1 / n2[i])) : (v1 / n1[i]) + (v2 / n2[i]);
                    break;
                case EffectMeasure.SMD:
                {
                    double cmi = Cmi(mi);
                    double y = cmi * (m1[i] - m2[i]) / sdp;
                    ctx.Yi[i] = y;
                    ctx.Vi[i] = vtype switch
                    {
                        VarianceType.UB => (1 / n1[i]) + (1 / n2[i]) + ((1 - ((mi - 2) / (mi * cmi * cmi))) * y * y),
                        VarianceType.LS => (1 / n1[i]) + (1 / n2[i]) + (y * y / (2 * ni)),
                        _ => throw new MetaAnalysisException($"vtype {vtype} is not supported for SMD (use LS or UB)."),
                    };
                    break;
                }
                case EffectMeasure.SMDH:
                {
                    double cmi = Cmi(mi);
                    double si = Math.Sqrt((v1 + v2) / 2);
                    double y = cmi * (m1[i] - m2[i]) / si;
                    double v = (y * y * ((v1 * v1 / (n1[i] - 1)) + (v2 * v2 / (n2[i] - 1))) / (2 * (v1 + v2) * (v1 + v2)))
                             + (((v1 / (n1[i] - 1)) + (v2 / (n2[i] - 1))) / ((v1 + v2) / 2));
                    ctx.Yi[i] = y;
                    ctx.Vi[i] = cmi * cmi * v;
                    break;
                }
                default:
                    ctx.Yi[i] = Math.Log(m1[i] / m2[i]);
                    ctx.Vi[i] = vtype == VarianceType.HO
                        ? (sdp * sdp / (n1[i] * m1[i] * m1[i])) + (sdp * sdp / (n2[i] * m2[i] * m2[i]))
                        : (v1 / (n1[i] * m1[i] * m1[i])) + (v2 / (n2[i] * m2[i] * m2[i]));
                    break;
            }
        }
    }

    public static void ComputeMean(EscalcContext ctx)
    {
        var d = ctx.Data;
        double[] m = ctx.Require(d.Mi, "mi"), sd = ctx.Require(d.Sdi, "sdi"), n = ctx.Require(d.Ni, "ni");
        ctx.CheckLower(sd, "sdi", 0, false, "NEGATIVE_SD");
        ctx.CheckLower(n, "ni", 0, true, "NONPOSITIVE_N");
        for (int i = 0; i < ctx.K; i++)
        {
            ctx.Yi[i] = m[i];
            ctx.Vi[i] = sd[i] * sd[i] / n[i];
        }
    }
}
