namespace Spinewise.Evidence.Models;

/// <summary>predict() for rma and rma.mv fits: the moderator rows metafor evaluates, and the predictions at them.</summary>
internal static class Predictions
{
    /// <summary>
    /// <paramref name="newX"/> when given (each row of <paramref name="x"/>'s width), else one intercept row for an
    /// intercept-only model, else the fitted rows of <paramref name="x"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A row of <paramref name="newX"/> has the wrong width.</exception>
    public static List<double[]> Rows(ModelMatrix x, int k, int p, IReadOnlyList<IReadOnlyList<double>>? newX)
    {
        var xs = new List<double[]>();
        if (newX is not null)
        {
            foreach (var r in newX)
            {
                if (r is null || r.Count != p)
                {
                    throw new ArgumentException($"Each row of newX needs {p} values.", nameof(newX));
                }

                xs.Add([.. r]);
            }
        }
        else if (x.IsInterceptOnly)
        {
            xs.Add([1.0]);
        }
        else
        {
            for (int i = 0; i < k; i++)
            {
                var r = new double[p];
                for (int j = 0; j < p; j++)
                {
                    r[j] = x[i, j];
                }

                xs.Add(r);
            }
        }

        return xs;
    }

    /// <summary>
    /// x'b, its standard error sqrt(x'Vb x), the confidence limits ± <paramref name="crit"/> se and the prediction
    /// limits ± crit sqrt(se² + <paramref name="extraVariance"/>) for each row (NaN when there is no extra variance:
    /// equal-effects models, where metafor reports none).
    /// </summary>
    public static RmaPrediction Compute(List<double[]> xs, IReadOnlyList<double> beta, IReadOnlyList<IReadOnlyList<double>> vb, double crit, double? extraVariance)
    {
        int n = xs.Count, p = beta.Count;
        double[] pred = new double[n], se = new double[n], cl = new double[n], cu = new double[n], pl = new double[n], pu = new double[n];
        for (int r = 0; r < n; r++)
        {
            double s = 0, var = 0;
            for (int j = 0; j < p; j++)
            {
                s += xs[r][j] * beta[j];
                for (int l = 0; l < p; l++)
                {
                    var += xs[r][j] * vb[j][l] * xs[r][l];
                }
            }

            pred[r] = s;
            se[r] = Math.Sqrt(var);
            cl[r] = s - (crit * se[r]);
            cu[r] = s + (crit * se[r]);
            double sp = extraVariance is { } extra ? Math.Sqrt(var + extra) : double.NaN;
            pl[r] = s - (crit * sp);
            pu[r] = s + (crit * sp);
        }

        return new RmaPrediction(pred, se, cl, cu, pl, pu);
    }
}
