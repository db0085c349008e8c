using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.Network;

/// <summary>League table (all pairwise differences) and P-scores from a <see cref="NetworkFit"/>.</summary>
public static class NetworkRanking
{
    /// <summary>
    /// All pairwise differences <c>A - B</c> for A before B in the order (coefficients..., reference):
    /// pred = b_A - b_B (b_ref = 0), se² = vb_AA + vb_BB - 2 vb_AB, CI = pred ± z se, and as metafor's
    /// <c>predict.rma.mv</c> PI = pred ± z sqrt(se² + tau²) (tau² is the variance of any contrast under CS, rho = 1/2).
    /// </summary>
    /// <param name="fit">The fit's outputs.</param>
    /// <param name="level">Confidence level in percent.</param>
    public static IReadOnlyList<NetworkContrast> Pairwise(NetworkFit fit, double level = 95)
    {
        ArgumentNullException.ThrowIfNull(fit);
        fit.Validate();
        double z = StatDist.QNorm(1 - ((1 - (level / 100)) / 2));
        var names = fit.Treatments.Append(fit.Reference).ToArray();
        var result = new List<NetworkContrast>();
        for (int i = 0; i < names.Length; i++)
        {
            for (int j = i + 1; j < names.Length; j++)
            {
                var (d, se) = Difference(fit, i, j);
                double pse = fit.Tau2 is { } t2 ? Math.Sqrt((se * se) + t2) : double.NaN;
                result.Add(new NetworkContrast(names[i], names[j], d, se, d - (z * se), d + (z * se), d - (z * pse), d + (z * pse)));
            }
        }
        return result;
    }

    /// <summary>
    /// P-scores (Rücker G, Schwarzer G. BMC Med Res Methodol 2015;15:58): for each treatment the mean over the other
    /// treatments of Φ((b_other - b_this)/se) when smaller values are better (Φ((b_this - b_other)/se) otherwise);
    /// the frequentist analogue of SUCRA, as in metafor's help page for <c>dat.senn2013</c>.
    /// </summary>
    /// <param name="fit">The fit's outputs.</param>
    /// <param name="smallerIsBetter">Whether lower effects are better (e.g. HbA1c change).</param>
    /// <returns>Treatment name → P-score, reference included.</returns>
    public static IReadOnlyDictionary<string, double> PScores(NetworkFit fit, bool smallerIsBetter)
    {
        ArgumentNullException.ThrowIfNull(fit);
        fit.Validate();
        var names = fit.Treatments.Append(fit.Reference).ToArray();
        int a = names.Length;
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int r = 0; r < a; r++)
        {
            double sum = 0;
            for (int c = 0; c < a; c++)
            {
                if (c == r)
                {
                    continue;
                }

                var (d, se) = Difference(fit, c, r); // b_c - b_r
                double zv = smallerIsBetter ? d / se : -d / se;
                sum += StatDist.PNormUpper(-zv);
            }
            scores[names[r]] = sum / (a - 1);
        }
        return scores;
    }

    private static (double D, double Se) Difference(NetworkFit fit, int i, int j)
    {
        int p = fit.Treatments.Count;
        double bi = i < p ? fit.Beta[i] : 0, bj = j < p ? fit.Beta[j] : 0;
        double vii = i < p ? fit.Vb[i][i] : 0, vjj = j < p ? fit.Vb[j][j] : 0;
        double vij = i < p && j < p ? fit.Vb[i][j] : 0;
        return (bi - bj, Math.Sqrt(vii + vjj - (2 * vij)));
    }
}
