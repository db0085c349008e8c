using Spinewise.Evidence.Common;
namespace Spinewise.Evidence.EffectSizes;

/// <summary>Single-group proportion measures: PR, PLN, PLO, PAS, PFT.</summary>
internal static class ProportionMeasures
{
    public static void Compute(EscalcContext ctx)
    {
        var d = ctx.Data;
        int k = ctx.K;
        double[] xi = ctx.Require(d.Xi, "xi");
        double[] mi;
        if (d.Ni is not null)
        {
            double[] n = ctx.Require(d.Ni, "ni");
            mi = new double[k];
            for (int i = 0; i < k; i++) mi[i] = n[i] - xi[i];
        }
        else
        {
            mi = ctx.Require(d.Mi, "mi");
        }
        for (int i = 0; i < k; i++)
        {
            if (mi[i] < 0)
            {
                ctx.Diagnostics.Add(new Common.DataDiagnostic("EVENTS_EXCEED_N", i, "xi", "xi is larger than ni."));
                xi[i] = mi[i] = double.NaN;
            }
        }
        ctx.CheckLower(xi, "xi", 0, false, "NEGATIVE_COUNT");
        var id0 = new bool[k];
        bool any0 = false;
        for (int i = 0; i < k; i++)
        {
            id0[i] = xi[i] == 0 || mi[i] == 0;
            any0 |= id0[i];
        }
        var vtype = ctx.Options.VType;
        for (int i = 0; i < k; i++)
        {
            bool apply = ctx.Options.To switch
            {
                ZeroCellRule.All => true,
                ZeroCellRule.Only0 => id0[i],
                ZeroCellRule.If0All => any0,
                _ => false,
            };
            double x = xi[i], m = mi[i];
            if (apply) { x += ctx.Add; m += ctx.Add; }
            double n = x + m, p = x / n;
            switch (ctx.Measure)
            {
                case EffectMeasure.PR:
                    ctx.Yi[i] = p;
                    ctx.Vi[i] = vtype switch
                    {
                        VarianceType.UB => p * (1 - p) / (n - 1),
                        VarianceType.LS => p * (1 - p) / n,
                        _ => throw new MetaAnalysisException($"vtype {vtype} is not supported for PR (use LS or UB)."),
                    };
                    break;
                case EffectMeasure.PLN:
                    ctx.Yi[i] = Math.Log(p);
                    ctx.Vi[i] = (1 / x) - (1 / n);
                    break;
                case EffectMeasure.PLO:
                    ctx.Yi[i] = Math.Log(p / (1 - p));
                    ctx.Vi[i] = (1 / x) + (1 / m);
                    break;
                case EffectMeasure.PAS:
                    ctx.Yi[i] = Math.Asin(Math.Sqrt(p));
                    ctx.Vi[i] = 1 / (4 * n);
                    break;
                default:
                    ctx.Yi[i] = 0.5 * (Math.Asin(Math.Sqrt(x / (n + 1))) + Math.Asin(Math.Sqrt((x + 1) / (n + 1))));
                    ctx.Vi[i] = 1 / ((4 * n) + 2);
                    break;
            }
        }
    }
}
