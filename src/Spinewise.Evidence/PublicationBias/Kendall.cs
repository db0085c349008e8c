using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.PublicationBias;

/// <summary>Kendall's tau-b and its two-sided test, as R's <c>cor.test(x, y, method = "kendall")</c>.</summary>
internal static class Kendall
{
    public static RankTestResult Test(IReadOnlyList<double> x, IReadOnlyList<double> y, bool? exact)
    {
        int n = x.Count;
        long concordant = 0, discordant = 0, tiesX = 0, tiesY = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                double dx = Math.Sign(x[i] - x[j]), dy = Math.Sign(y[i] - y[j]);
                if (dx == 0) tiesX++;
                if (dy == 0) tiesY++;
                if (dx * dy > 0) concordant++;
                else if (dx * dy < 0) discordant++;
            }
        }

        double n0 = n * (n - 1) / 2.0;
        double tau = (concordant - discordant) / Math.Sqrt((n0 - tiesX) * (n0 - tiesY));
        bool ties = tiesX > 0 || tiesY > 0;
        bool useExact = (exact ?? n < 50) && !ties;
        var warnings = new List<string>();
        if ((exact ?? n < 50) && ties) warnings.Add("Cannot compute exact p-value with ties");
        double p = useExact ? ExactP(tau, n) : NormalP(x, y, tau, n);
        return new RankTestResult(tau, p, useExact, ties, warnings);
    }

    /// <summary>R: q = round((r + 1) n (n - 1) / 4); P = 2 min(P(T ≤ q), P(T ≥ q)), capped at 1.</summary>
    private static double ExactP(double tau, int n)
    {
        long q = (long)Math.Round((tau + 1) * n * (n - 1) / 4.0, MidpointRounding.ToEven);
        var cumulative = InversionDistribution(n);
        double half = n * (n - 1) / 4.0;
        double p = q > half ? 1 - cumulative[q - 1] : cumulative[q];
        return Math.Min(2 * p, 1);
    }

    /// <summary>Cumulative distribution of the number of concordant pairs (= inversions) of a random permutation of n.</summary>
    private static double[] InversionDistribution(int n)
    {
        int max = n * (n - 1) / 2;
        var counts = new double[max + 1];
        counts[0] = 1;
        for (int m = 2; m <= n; m++)
        {
            var next = new double[max + 1];
            int top = m * (m - 1) / 2;
            double window = 0;
            for (int t = 0; t <= top; t++)
            {
                window += counts[t];
                if (t - m >= 0) window -= counts[t - m];
                next[t] = window;
            }

            counts = next;
        }

        double total = 0;
        foreach (var c in counts) total += c;
        var cumulative = new double[max + 1];
        double running = 0;
        for (int t = 0; t <= max; t++)
        {
            running += counts[t];
            cumulative[t] = running / total;
        }

        return cumulative;
    }

    /// <summary>R's normal approximation with the tie-corrected variance of S (no continuity correction).</summary>
    private static double NormalP(IReadOnlyList<double> x, IReadOnlyList<double> y, double tau, int n)
    {
        var tx = TieSizes(x);
        var ty = TieSizes(y);
        double n0 = n * (n - 1) / 2.0;
        double sx = tx.Sum(t => t * (t - 1) / 2.0), sy = ty.Sum(t => t * (t - 1) / 2.0);
        double s = tau * Math.Sqrt((n0 - sx) * (n0 - sy));
        double v0 = n * (n - 1.0) * ((2.0 * n) + 5);
        double vt = tx.Sum(t => t * (t - 1.0) * ((2.0 * t) + 5)), vu = ty.Sum(t => t * (t - 1.0) * ((2.0 * t) + 5));
        double v1 = tx.Sum(t => t * (t - 1.0)) * ty.Sum(t => t * (t - 1.0));
        double v2 = tx.Sum(t => t * (t - 1.0) * (t - 2)) * ty.Sum(t => t * (t - 1.0) * (t - 2));
        double var = ((v0 - vt - vu) / 18) + (v1 / (2.0 * n * (n - 1))) + (v2 / (9.0 * n * (n - 1) * (n - 2)));
        return StatDist.PNormTwoSided(s / Math.Sqrt(var));
    }

    private static List<double> TieSizes(IReadOnlyList<double> values) =>
        values.GroupBy(v => v).Where(g => g.Count() > 1).Select(g => (double)g.Count()).ToList();
}
