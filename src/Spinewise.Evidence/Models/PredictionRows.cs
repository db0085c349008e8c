namespace Spinewise.Evidence.Models;

/// <summary>The moderator rows predict() evaluates, as metafor's predict.rma and predict.rma.mv choose them.</summary>
internal static class PredictionRows
{
    /// <summary>
    /// <paramref name="newX"/> when given (each row of <paramref name="x"/>'s width), else one intercept row for an
    /// intercept-only model, else the fitted rows of <paramref name="x"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A row of <paramref name="newX"/> has the wrong width.</exception>
    public static List<double[]> Of(ModelMatrix x, int k, int p, IReadOnlyList<IReadOnlyList<double>>? newX)
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
}
