using Spinewise.Evidence.Common;
namespace Spinewise.Evidence.EffectSizes;

/// <summary>Correlation measures: COR (raw r) and ZCOR (Fisher's z).</summary>
internal static class CorrelationMeasures
{
    public static void Compute(EscalcContext ctx)
    {
        var d = ctx.Data;
        double[] ri = ctx.Require(d.Ri, "ri"), ni = ctx.Require(d.Ni, "ni");
        ctx.CheckLower(ni, "ni", 0, true, "NONPOSITIVE_N");
        bool small = false;
        for (int i = 0; i < ctx.K; i++)
        {
            double r = ri[i];
            if (Math.Abs(r) > 1)
            {
                ctx.Diagnostics.Add(new Common.DataDiagnostic("CORRELATION_OUT_OF_RANGE", i, "ri", $"ri = {r} is outside [-1, 1]."));
                continue;
            }
            if (ctx.Measure == EffectMeasure.COR)
            {
                if (ctx.Options.VType == VarianceType.UB)
                    throw new MetaAnalysisException("vtype UB is only permitted for UCOR in metafor.");
                ctx.Yi[i] = r;
                ctx.Vi[i] = (1 - (r * r)) * (1 - (r * r)) / (ni[i] - 1);
            }
            else
            {
                ctx.Yi[i] = 0.5 * Math.Log((1 + r) / (1 - r));
                ctx.Vi[i] = 1 / (ni[i] - 3);
            }
            if (ni[i] <= 3)
            {
                ctx.Vi[i] = double.NaN;
                small = true;
            }
        }
        if (small && ctx.Measure == EffectMeasure.ZCOR)
            ctx.Warnings.Add("Cannot estimate the sampling variance when ni <= 3.");
    }
}
