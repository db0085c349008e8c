using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.Network;

/// <summary>
/// Generalised least squares of the contrast models at a given τ², study by study: Σ_s = V_s + τ² R (R = 1 on the
/// diagonal, ρ off it: <c>~ comp | study</c>, struct CS). The design-by-treatment model has one parameter vector per
/// design (all studies of a design share arms and baseline), so its normal equations split by design and cost O(k).
/// </summary>
internal sealed class DesignGls
{
    private readonly NetworkBuilt _net;
    private readonly ModelMatrix _x;
    private readonly double _rho;
    private readonly List<List<NetworkStudy>> _designs;

    public DesignGls(NetworkBuilt net, ModelMatrix x, double rho)
    {
        _net = net;
        _x = x;
        _rho = rho;
        _designs = [.. net.Studies.GroupBy(s => s.Design, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.ToList())];
    }

    /// <summary>Σ n_d: the design-by-treatment model's parameters.</summary>
    public int Parameters => _designs.Sum(d => d[0].Rows.Length);

    /// <summary>Residual sum of squares of the design-by-treatment model, Σ log|Σ_s| and Σ_d log|X_d' W X_d|.</summary>
    public (double Rss, double LogDetSigma, double LogDetXtWX) DesignByTreatment(double tau2)
    {
        double rss = 0, ldS = 0, ldX = 0;
        foreach (var design in _designs)
        {
            int n = design[0].Rows.Length;
            var s = new double[n * n];
            var u = new double[n];
            foreach (var study in design)
            {
                var (w, y, ld) = Weight(study, tau2);
                ldS += ld;
                for (int a = 0; a < n; a++)
                {
                    for (int c = 0; c < n; c++)
                    {
                        s[(a * n) + c] += w[(a * n) + c];
                        u[a] += w[(a * n) + c] * y[c];
                        rss += y[a] * w[(a * n) + c] * y[c];
                    }
                }
            }

            var sInv = SmallMatrix.InvertSpd(s, n, out double ld2)!;
            ldX += ld2;
            for (int a = 0; a < n; a++)
            {
                for (int c = 0; c < n; c++) rss -= u[a] * sInv[(a * n) + c] * u[c];
            }
        }

        return (rss, ldS, ldX);
    }

    /// <summary>Residual sum of squares of the consistency model at τ².</summary>
    public double Consistency(double tau2)
    {
        int p = _x.P;
        var a = new double[p * p];
        var g = new double[p];
        double rss = 0;
        foreach (var study in _net.Studies)
        {
            var (w, y, _) = Weight(study, tau2);
            int n = study.Rows.Length;
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    double wij = w[(i * n) + j];
                    rss += y[i] * wij * y[j];
                    for (int c = 0; c < p; c++)
                    {
                        double xjc = _x[study.Rows[j], c];
                        if (xjc == 0) continue;
                        for (int r = 0; r < p; r++)
                        {
                            a[(r * p) + c] += _x[study.Rows[i], r] * wij * xjc;
                        }
                    }

                    for (int r = 0; r < p; r++)
                    {
                        g[r] += _x[study.Rows[i], r] * wij * y[j];
                    }
                }
            }
        }

        var aInv = SmallMatrix.InvertSpd(a, p, out _)!;
        for (int r = 0; r < p; r++)
        {
            for (int c = 0; c < p; c++) rss -= g[r] * aInv[(r * p) + c] * g[c];
        }

        return rss;
    }

    private (double[] W, double[] Y, double LogDet) Weight(NetworkStudy study, double tau2)
    {
        int n = study.Rows.Length;
        var sigma = new double[n * n];
        var y = new double[n];
        for (int a = 0; a < n; a++)
        {
            y[a] = _net.Contrasts[study.Rows[a]].Yi;
            for (int c = 0; c < n; c++)
            {
                sigma[(a * n) + c] = study.Block[(a * n) + c] + (tau2 * (a == c ? 1 : _rho));
            }
        }

        return (SmallMatrix.InvertSpd(sigma, n, out double ld)!, y, ld);
    }
}
