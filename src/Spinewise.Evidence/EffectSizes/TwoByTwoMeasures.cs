using Spinewise.Evidence.Common;
namespace Spinewise.Evidence.EffectSizes;

/// <summary>2x2-table measures: RR, OR, RD, AS, PETO (metafor's escalc, addyi = addvi = TRUE).</summary>
internal static class TwoByTwoMeasures
{
    public static void Compute(EscalcContext ctx)
    {
        var d = ctx.Data;
        int k = ctx.K;
        double[] ai = ctx.Require(d.Ai, "ai");
        double[] ci = ctx.Require(d.Ci, "ci");
        double[] bi = d.Bi is not null ? ctx.Require(d.Bi, "bi") : Subtract(ctx.Require(d.N1i, "n1i"), ai);
        double[] di = d.Di is not null ? ctx.Require(d.Di, "di") : Subtract(ctx.Require(d.N2i, "n2i"), ci);
        foreach (var (col, name) in new[] { (ai, "ai"), (bi, "bi"), (ci, "ci"), (di, "di") })
            ctx.CheckLower(col, name, 0, strict: false, "NEGATIVE_COUNT");
        ApplyZeroCells(ctx, ai, bi, ci, di);
        for (int i = 0; i < k; i++)
        {
            double a = ai[i], b = bi[i], c = ci[i], dd = di[i];
            if (double.IsNaN(a) || double.IsNaN(b) || double.IsNaN(c) || double.IsNaN(dd)) continue;
            double n1 = a + b, n2 = c + dd;
            double p1 = a / n1, p2 = c / n2;
            (ctx.Yi[i], ctx.Vi[i]) = ctx.Measure switch
            {
                EffectMeasure.RR => (Math.Log(p1) - Math.Log(p2), (1 / a) - (1 / n1) + (1 / c) - (1 / n2)),
                EffectMeasure.OR => (Math.Log(p1 / (1 - p1)) - Math.Log(p2 / (1 - p2)), (1 / a) + (1 / b) + (1 / c) + (1 / dd)),
                EffectMeasure.RD => (p1 - p2, RdVariance(ctx.Options.VType, p1, p2, n1, n2)),
                EffectMeasure.AS => (Math.Asin(Math.Sqrt(p1)) - Math.Asin(Math.Sqrt(p2)), (1 / (4 * n1)) + (1 / (4 * n2))),
                _ => Peto(a, b, c, dd),
            };
        }
    }

    /// <summary>metafor's add/to/drop00 logic for 2x2 tables (arrays adjusted in place).</summary>
    internal static void ApplyZeroCells(EscalcContext ctx, double[] ai, double[] bi, double[] ci, double[] di)
    {
        int k = ctx.K;
        if (ctx.Options.Drop00)
        {
            for (int i = 0; i < k; i++)
            {
                if ((ai[i] == 0 && ci[i] == 0) || (bi[i] == 0 && di[i] == 0))
                    ai[i] = bi[i] = ci[i] = di[i] = double.NaN;
            }
        }
        double add = ctx.Add;
        var to = ctx.Options.To;
        if (to == ZeroCellRule.None || add == 0) return;
        var id0 = new bool[k];
        bool any0 = false;
        for (int i = 0; i < k; i++)
        {
            id0[i] = ai[i] == 0 || bi[i] == 0 || ci[i] == 0 || di[i] == 0;
            any0 |= id0[i];
        }
        for (int i = 0; i < k; i++)
        {
            bool apply = to switch
            {
                ZeroCellRule.All => true,
                ZeroCellRule.Only0 => id0[i],
                _ => any0,
            };
            if (!apply) continue;
            ai[i] += add; bi[i] += add; ci[i] += add; di[i] += add;
        }
    }

    private static double RdVariance(VarianceType vtype, double p1, double p2, double n1, double n2) => vtype switch
    {
        VarianceType.UB => (p1 * (1 - p1) / (n1 - 1)) + (p2 * (1 - p2) / (n2 - 1)),
        VarianceType.LS => (p1 * (1 - p1) / n1) + (p2 * (1 - p2) / n2),
        _ => throw new MetaAnalysisException($"vtype {vtype} is not supported for RD (use LS or UB)."),
    };

    private static (double Yi, double Vi) Peto(double a, double b, double c, double d)
    {
        double n1 = a + b, n2 = c + d, n = n1 + n2;
        double xt = a + c, yt = b + d;
        double e = xt * n1 / n;
        double v = xt * yt * (n1 / n) * (n2 / n) / (n - 1);
        return ((a - e) / v, 1 / v);
    }

    private static double[] Subtract(double[] n, double[] x)
    {
        var r = new double[n.Length];
        for (int i = 0; i < n.Length; i++) r[i] = n[i] - x[i];
        return r;
    }
}
