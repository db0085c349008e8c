namespace Spinewise.Evidence.EffectSizes;

/// <summary>Effect sizes and sampling variances, as metafor's <c>escalc()</c>.</summary>
public static class Escalc
{
    /// <summary>Computes yi/vi for every row. Bad input rows give NaN plus a diagnostic; missing inputs give NaN.</summary>
    /// <param name="measure">Effect-size measure.</param>
    /// <param name="data">Raw columns (names as metafor's arguments).</param>
    /// <param name="options">Zero-cell and variance options; null for metafor's defaults.</param>
    public static EscalcResult Compute(EffectMeasure measure, EscalcData data, EscalcOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= EscalcOptions.Default;
        int k = RowCount(data);
        var ctx = new EscalcContext(measure, data, options, k);
        if (OddsRatioKernel.TryCompute(ctx, out bool anyInf)) return ctx.Result(anyInf);
        ctx.FillMissing();
        switch (measure)
        {
            case EffectMeasure.RR or EffectMeasure.OR or EffectMeasure.RD or EffectMeasure.AS or EffectMeasure.PETO:
                TwoByTwoMeasures.Compute(ctx);
                break;
            case EffectMeasure.IRR or EffectMeasure.IRD:
                RateMeasures.Compute(ctx);
                break;
            case EffectMeasure.MD or EffectMeasure.SMD or EffectMeasure.SMDH or EffectMeasure.ROM:
                MeanMeasures.ComputeTwoGroup(ctx);
                break;
            case EffectMeasure.MN:
                MeanMeasures.ComputeMean(ctx);
                break;
            case EffectMeasure.PR or EffectMeasure.PLN or EffectMeasure.PLO or EffectMeasure.PAS or EffectMeasure.PFT:
                ProportionMeasures.Compute(ctx);
                break;
            case EffectMeasure.COR or EffectMeasure.ZCOR:
                CorrelationMeasures.Compute(ctx);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unsupported measure.");
        }
        return ctx.Finish();
    }

    private static int RowCount(EscalcData d)
    {
        IReadOnlyList<double>?[] cols = [d.Ai, d.Bi, d.Ci, d.Di, d.N1i, d.N2i, d.X1i, d.X2i, d.T1i, d.T2i, d.M1i, d.M2i, d.Sd1i, d.Sd2i, d.Xi, d.Mi, d.Ni, d.Sdi, d.Ri];
        foreach (var c in cols)
        {
            if (c is not null) return c.Count;
        }
        throw new ArgumentException("No input columns were given.", nameof(d));
    }
}
