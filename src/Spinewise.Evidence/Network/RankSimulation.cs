namespace Spinewise.Evidence.Network;

/// <summary>
/// Rank probabilities from draws of N(beta, vb) (the reference fixed at 0), with a seeded generator so the same data
/// give the same probabilities: Cholesky factor L of vb, draws beta + L z with z standard normal by Box–Muller.
/// </summary>
internal static class RankSimulation
{
    /// <summary>probabilities[t][r]: P(treatment t has rank r + 1), treatments as (coefficients..., reference).</summary>
    public static double[][] Probabilities(NetworkFit fit, bool smallerIsBetter, int draws, int seed)
    {
        int p = fit.Treatments.Count, a = p + 1;
        var probs = Enumerable.Range(0, a).Select(_ => new double[a]).ToArray();
        if (draws == 0)
        {
            return [.. probs.Select(_ => Array.Empty<double>())];
        }

        var l = Cholesky(fit.Vb, p);
        var rng = new Random(seed);
        var z = new double[p];
        var value = new double[a];
        for (int d = 0; d < draws; d++)
        {
            for (int i = 0; i < p; i++)
            {
                double u1 = 1 - rng.NextDouble(), u2 = rng.NextDouble();
                z[i] = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            }

            for (int i = 0; i < p; i++)
            {
                double s = fit.Beta[i];
                for (int j = 0; j <= i; j++) s += l[(i * p) + j] * z[j];
                value[i] = smallerIsBetter ? s : -s;
            }

            value[p] = 0;
            for (int t = 0; t < a; t++)
            {
                int rank = 0;
                for (int u = 0; u < a; u++)
                {
                    if (value[u] < value[t]) rank++;
                }

                probs[t][rank] += 1.0 / draws;
            }
        }

        return probs;
    }

    private static double[] Cholesky(IReadOnlyList<IReadOnlyList<double>> vb, int p)
    {
        var l = new double[p * p];
        for (int i = 0; i < p; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double s = vb[i][j];
                for (int q = 0; q < j; q++) s -= l[(i * p) + q] * l[(j * p) + q];
                l[(i * p) + j] = i == j ? Math.Sqrt(Math.Max(s, 0)) : (l[(j * p) + j] > 0 ? s / l[(j * p) + j] : 0);
            }
        }

        return l;
    }
}
