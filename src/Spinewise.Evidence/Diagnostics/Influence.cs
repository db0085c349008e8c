using Spinewise.Evidence.Common;
using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.Diagnostics;

/// <summary>
/// metafor's <c>influence()</c> for models fitted with inverse-variance weights: each study is deleted in turn, the
/// model refitted with the same method and test, and the deleted residuals, DFFITS, DFBETAS, Cook's distance and
/// covariance ratio computed as metafor does.
/// </summary>
public static class Influence
{
    /// <summary>Computes the case diagnostics.</summary>
    /// <param name="fit">A model fitted without user weights.</param>
    public static InfluenceResult Compute(RmaResult fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        if (fit.Weights is not null) throw new MetaAnalysisException("influence() is implemented for inverse-variance weighted models only.");
        if (fit.K < 2) throw new MetaAnalysisException("Stopped because k = 1.");
        int k = fit.K, p = fit.P;
        var yi = fit.Yi;
        var vi = fit.Vi;
        var core = new WlsCore(fit.X);
        var w = new double[k];
        for (int i = 0; i < k; i++) w[i] = 1 / (vi[i] + fit.Tau2);
        var xtwx = core.Gram(w);
        var a = SmallMatrix.InvertSpd((double[])xtwx.Clone(), p, out _) ?? throw new MetaAnalysisException("X'WX is singular.");
        var hat = core.Hat(w, a);
        var svb = xtwx.Select(t => t / fit.S2w).ToArray();
        var vbFull = Flatten(fit.Vb, p);
        SmallMatrix.InvertSpd((double[])vbFull.Clone(), p, out double logDetVb);

        var (rstudent, dffits, cook, covr, tau2Del, qeDel) = (Nan(k), Nan(k), Nan(k), Nan(k), Nan(k), Nan(k));
        var dfbs = Enumerable.Range(0, p).Select(_ => Nan(k)).ToArray();
        for (int i = 0; i < k; i++)
        {
            var keep = Enumerable.Range(0, k).Where(j => j != i).ToList();
            RmaResult del;
            try
            {
                del = Rma.Fit(keep.Select(j => yi[j]).ToArray(), keep.Select(j => vi[j]).ToArray(), fit.Options, fit.X.Subset(keep));
            }
            catch (ArgumentException)
            {
                continue;
            }

            var xi = Row(fit.X, i);
            var bDel = del.Beta.ToArray();
            var vbDel = Flatten(del.Vb, p);
            double predFull = Dot(xi, fit.Beta), delPred = Dot(xi, bDel), vDelPred = Quad(xi, vbDel, p);
            tau2Del[i] = del.Tau2;
            qeDel[i] = del.QE;
            dffits[i] = (predFull - delPred) / Math.Sqrt(del.S2w * hat[i] * (del.Tau2 + vi[i]));
            var wDel = new double[k];
            for (int j = 0; j < k; j++) wDel[j] = 1 / (vi[j] + del.Tau2);
            var vbDelFull = SmallMatrix.InvertSpd(core.Gram(wDel), p, out _);
            var dfbeta = new double[p];
            for (int j = 0; j < p; j++) dfbeta[j] = fit.Beta[j] - bDel[j];
            for (int j = 0; j < p && vbDelFull is not null; j++) dfbs[j][i] = dfbeta[j] / Math.Sqrt(del.S2w * vbDelFull[(j * p) + j]);
            cook[i] = Quad(dfbeta, svb, p);
            SmallMatrix.InvertSpd((double[])vbDel.Clone(), p, out double logDetDel);
            covr[i] = Math.Exp(logDetDel - logDetVb);
            rstudent[i] = (yi[i] - delPred) / Math.Sqrt(vi[i] + vDelPred + del.Tau2);
        }

        var infl = new bool[k];
        for (int i = 0; i < k; i++)
        {
            infl[i] = Math.Abs(dffits[i]) > 3 * Math.Sqrt(p / (double)(k - p))
                || StatDist.PChisqLower(cook[i], p) > 0.5
                || hat[i] > 3.0 * p / k
                || dfbs.Any(d => Math.Abs(d[i]) > 1);
        }

        return new InfluenceResult(rstudent, dffits, cook, covr, tau2Del, qeDel, hat, fit.WeightsPercent, dfbs, infl);
    }

    private static double[] Nan(int k)
    {
        var a = new double[k];
        Array.Fill(a, double.NaN);
        return a;
    }

    private static double[] Flatten(IReadOnlyList<IReadOnlyList<double>> m, int p)
    {
        var f = new double[p * p];
        for (int r = 0; r < p; r++)
        {
            for (int c = 0; c < p; c++) f[(r * p) + c] = m[r][c];
        }

        return f;
    }

    private static double[] Row(ModelMatrix x, int i)
    {
        var r = new double[x.P];
        for (int j = 0; j < x.P; j++) r[j] = x[i, j];
        return r;
    }

    private static double Dot(double[] a, IReadOnlyList<double> b)
    {
        double s = 0;
        for (int j = 0; j < a.Length; j++) s += a[j] * b[j];
        return s;
    }

    private static double Quad(double[] v, double[] m, int p)
    {
        double s = 0;
        for (int r = 0; r < p; r++)
        {
            for (int c = 0; c < p; c++) s += v[r] * m[(r * p) + c] * v[c];
        }

        return s;
    }
}
