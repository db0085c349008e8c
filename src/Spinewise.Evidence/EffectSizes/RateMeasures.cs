namespace Spinewise.Evidence.EffectSizes;

/// <summary>Incidence-rate measures: IRR, IRD.</summary>
internal static class RateMeasures
{
    public static void Compute(EscalcContext ctx)
    {
        var d = ctx.Data;
        int k = ctx.K;
        double[] x1 = ctx.Require(d.X1i, "x1i"), x2 = ctx.Require(d.X2i, "x2i");
        double[] t1 = ctx.Require(d.T1i, "t1i"), t2 = ctx.Require(d.T2i, "t2i");
        ctx.CheckLower(x1, "x1i", 0, false, "NEGATIVE_COUNT");
        ctx.CheckLower(x2, "x2i", 0, false, "NEGATIVE_COUNT");
        ctx.CheckLower(t1, "t1i", 0, true, "NONPOSITIVE_PERSON_TIME");
        ctx.CheckLower(t2, "t2i", 0, true, "NONPOSITIVE_PERSON_TIME");
        if (ctx.Options.Drop00)
        {
            for (int i = 0; i < k; i++)
            {
                if (x1[i] == 0 && x2[i] == 0) x1[i] = x2[i] = double.NaN;
            }
        }
        var id0 = new bool[k];
        bool any0 = false;
        for (int i = 0; i < k; i++)
        {
            id0[i] = x1[i] == 0 || x2[i] == 0;
            any0 |= id0[i];
        }
        for (int i = 0; i < k; i++)
        {
            bool apply = ctx.Options.To switch
            {
                ZeroCellRule.All => true,
                ZeroCellRule.Only0 => id0[i],
                ZeroCellRule.If0All => any0,
                _ => false,
            };
            if (apply) { x1[i] += ctx.Add; x2[i] += ctx.Add; }
            double r1 = x1[i] / t1[i], r2 = x2[i] / t2[i];
            if (ctx.Measure == EffectMeasure.IRR)
            {
                ctx.Yi[i] = Math.Log(r1) - Math.Log(r2);
                ctx.Vi[i] = (1 / x1[i]) + (1 / x2[i]);
            }
            else
            {
                ctx.Yi[i] = r1 - r2;
                ctx.Vi[i] = (r1 / t1[i]) + (r2 / t2[i]);
            }
        }
    }
}
