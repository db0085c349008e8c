using Spinewise.Evidence.Common;
using Spinewise.Evidence.EffectSizes;
using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.FixedEffects;

/// <summary>Shared parts of rma.mh and rma.peto: table preparation and fit statistics.</summary>
internal static class PooledCommon
{
    internal sealed record Tables(double[] Ai, double[] Bi, double[] Ci, double[] Di, int[] Rows, double[] YiAll, double[] ViAll, double[] Yi, double[] Vi, List<string> Warnings);

    public static Tables Prepare(EffectMeasure measure, EscalcData data, MhOptions o)
    {
        var es = Escalc.Compute(measure, data, new EscalcOptions { Add = o.Add, To = o.To, Drop00 = o.Drop00 });
        int k = es.K;
        var ctx = new EscalcContext(measure, data, EscalcOptions.Default, k);
        bool rates = measure is EffectMeasure.IRR or EffectMeasure.IRD;
        // for rates the four arrays hold x1i, t1i, x2i, t2i
        double[] ai = rates ? ctx.Require(data.X1i, "x1i") : ctx.Require(data.Ai, "ai");
        double[] ci = rates ? ctx.Require(data.X2i, "x2i") : ctx.Require(data.Ci, "ci");
        double[] bi = rates ? ctx.Require(data.T1i, "t1i") : data.Bi is not null ? ctx.Require(data.Bi, "bi") : Minus(ctx.Require(data.N1i, "n1i"), ai);
        double[] di = rates ? ctx.Require(data.T2i, "t2i") : data.Di is not null ? ctx.Require(data.Di, "di") : Minus(ctx.Require(data.N2i, "n2i"), ci);
        var warnings = new List<string>(es.Warnings);
        var rows = new List<int>();
        for (int i = 0; i < k; i++)
        {
            if (!double.IsNaN(ai[i]) && !double.IsNaN(bi[i]) && !double.IsNaN(ci[i]) && !double.IsNaN(di[i])) rows.Add(i);
        }
        if (rows.Count < k) warnings.Add("Tables with NAs omitted from model fitting.");
        var yi = new List<double>();
        var vi = new List<double>();
        double[] yAll = new double[k], vAll = new double[k];
        Array.Fill(yAll, double.NaN);
        Array.Fill(vAll, double.NaN);
        foreach (int i in rows)
        {
            if (double.IsNaN(es.Yi[i]) || double.IsNaN(es.Vi[i])) continue;
            yi.Add(es.Yi[i]);
            vi.Add(es.Vi[i]);
            yAll[i] = es.Yi[i];
            vAll[i] = es.Vi[i];
        }
        if (yi.Count < rows.Count) warnings.Add("Some yi/vi values are NA.");
        return new Tables(Pick(ai, rows), Pick(bi, rows), Pick(ci, rows), Pick(di, rows), [.. rows], yAll, vAll, [.. yi], [.. vi], warnings);
    }

    public static (FitStatistics Ml, FitStatistics Reml) FitStats(double[] yi, double[] vi, double rss)
    {
        int k = yi.Length;
        double sumLog = 0, sw = 0, sat = 0;
        bool anyNonPos = false;
        for (int i = 0; i < k; i++)
        {
            sumLog += Math.Log(vi[i]);
            sw += 1 / vi[i];
            anyNonPos |= vi[i] <= 0;
            sat += StatDist.LogDNorm(yi[i], yi[i], Math.Sqrt(vi[i]));
        }
        double llMl = (-0.5 * k * Math.Log(2 * Math.PI)) - (0.5 * sumLog) - (0.5 * rss);
        double llReml = (-0.5 * (k - 1) * Math.Log(2 * Math.PI)) + (0.5 * Math.Log(k)) - (0.5 * sumLog) - (0.5 * Math.Log(sw)) - (0.5 * rss);
        double devMl = anyNonPos ? -2 * llMl : -2 * (llMl - sat);
        double a = Math.Max(k, 3), b = Math.Max(k - 1, 3);
        return (new FitStatistics(llMl, devMl, (-2 * llMl) + 2, (-2 * llMl) + Math.Log(k), (-2 * llMl) + (2 * a / (a - 2))),
                new FitStatistics(llReml, -2 * llReml, (-2 * llReml) + 2, (-2 * llReml) + Math.Log(k - 1), (-2 * llReml) + (2 * b / (b - 2))));
    }

    public static (double QE, double QEp, double I2, double H2) InverseVarianceQ(double[] yi, double[] vi, double beta)
    {
        int k = yi.Length;
        if (k <= 1) return (0, 1, 0, 1);
        double q = 0;
        for (int i = 0; i < k; i++) q += (yi[i] - beta) * (yi[i] - beta) / vi[i];
        q = Math.Max(0, q);
        return (q, StatDist.PChisqUpper(q, k - 1), Math.Max(0, 100 * (q - (k - 1)) / q), q / (k - 1));
    }

    private static double[] Pick(double[] a, List<int> rows)
    {
        var r = new double[rows.Count];
        for (int i = 0; i < r.Length; i++) r[i] = a[rows[i]];
        return r;
    }

    private static double[] Minus(double[] n, double[] x)
    {
        var r = new double[n.Length];
        for (int i = 0; i < r.Length; i++) r[i] = n[i] - x[i];
        return r;
    }
}
