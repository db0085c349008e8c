using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.Network;

/// <summary>Direct vs indirect evidence per directly compared pair by back-calculation (see <see cref="NetworkSplit"/>).</summary>
internal static class BackCalculation
{
    public static IReadOnlyList<NetworkSplit> Split(NetworkBuilt net, NetworkFit fit)
    {
        var index = fit.Treatments.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        double tau2 = fit.Tau2 ?? 0;
        var result = new List<NetworkSplit>();
        foreach (var edge in net.Geometry.Edges)
        {
            var (t1, t2) = (edge.Treatment1, edge.Treatment2);
            double sw = 0, swy = 0;
            int studies = 0;
            foreach (var s in net.Studies.Where(s => s.Treatments.Contains(t1) && s.Treatments.Contains(t2)))
            {
                var (y, v) = s.Contrast(net.Contrasts, t1, t2);
                double w = 1 / (v + tau2);
                sw += w;
                swy += w * y;
                studies++;
            }

            double direct = swy / sw, vd = 1 / sw;
            var (network, vn) = Difference(fit, index, t1, t2);
            double precision = (1 / vn) - (1 / vd);
            double indirect = double.NaN, vi = double.NaN;
            if (precision > 1e-8 / vn)
            {
                vi = 1 / precision;
                indirect = ((network / vn) - (direct / vd)) * vi;
            }

            double diff = direct - indirect, se = Math.Sqrt(vd + vi), z = diff / se;
            result.Add(new NetworkSplit(t1, t2, studies, network, Math.Sqrt(vn), direct, Math.Sqrt(vd), indirect, Math.Sqrt(vi),
                diff, se, z, double.IsNaN(z) ? double.NaN : StatDist.PNormTwoSided(z)));
        }

        return result;
    }

    private static (double D, double V) Difference(NetworkFit fit, Dictionary<string, int> index, string t1, string t2)
    {
        int i = index.GetValueOrDefault(t1, -1), j = index.GetValueOrDefault(t2, -1);
        double bi = i >= 0 ? fit.Beta[i] : 0, bj = j >= 0 ? fit.Beta[j] : 0;
        double v = (i >= 0 ? fit.Vb[i][i] : 0) + (j >= 0 ? fit.Vb[j][j] : 0) - (i >= 0 && j >= 0 ? 2 * fit.Vb[i][j] : 0);
        return (bi - bj, v);
    }
}
