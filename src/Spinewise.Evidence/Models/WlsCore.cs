namespace Spinewise.Evidence.Models;

/// <summary>
/// Weighted least squares on a model matrix with diagonal weights, in O(k p²) time and without k×k matrices.
/// With W = diag(w) and A = (X'WX)⁻¹, P = W - W X A X' W; the traces metafor needs are expressed with p×p matrices.
/// </summary>
internal sealed class WlsCore
{
    private readonly ModelMatrix _x;

    public WlsCore(ModelMatrix x) => _x = x;

    public int K => _x.K;

    public int P => _x.P;

    /// <summary>X' diag(d) X (p×p, row-major).</summary>
    public double[] Gram(ReadOnlySpan<double> d) => WeightedGram(d, power: 1);

    /// <summary>X'X (p×p, row-major).</summary>
    public double[] GramUnweighted() => WeightedGram(default, power: 0);

    /// <summary>X' diag(d^power) X for power 0, 1 or 2, without a k-length temporary.</summary>
    private double[] WeightedGram(ReadOnlySpan<double> d, int power)
    {
        int p = _x.P, k = _x.K;
        var g = new double[p * p];
        for (int a = 0; a < p; a++)
        {
            var ca = _x.Column(a);
            for (int b = 0; b <= a; b++)
            {
                var cb = _x.Column(b);
                double s = 0;
                for (int i = 0; i < k; i++)
                {
                    double f = power switch { 0 => 1, 1 => d[i], _ => d[i] * d[i] };
                    s += ca[i] * cb[i] * f;
                }
                g[(a * p) + b] = s;
                g[(b * p) + a] = s;
            }
        }
        return g;
    }

    /// <summary>X' diag(d) y.</summary>
    public double[] CrossY(ReadOnlySpan<double> d, ReadOnlySpan<double> y)
    {
        int p = _x.P, k = _x.K;
        var r = new double[p];
        for (int a = 0; a < p; a++)
        {
            var ca = _x.Column(a);
            double s = 0;
            for (int i = 0; i < k; i++) s += ca[i] * d[i] * y[i];
            r[a] = s;
        }
        return r;
    }

    /// <summary>Solves the weighted normal equations; null when X'WX is not positive definite.</summary>
    /// <param name="w">Weights.</param>
    /// <param name="y">Outcomes.</param>
    /// <param name="keepResiduals">Also return the residual vector (one k-length allocation); otherwise only its sums.</param>
    public WlsFit? Solve(ReadOnlySpan<double> w, ReadOnlySpan<double> y, bool keepResiduals = false)
    {
        var xtwx = Gram(w);
        var a = SmallMatrix.InvertSpd(xtwx, _x.P, out double logDet);
        if (a is null) return null;
        var beta = SmallMatrix.Multiply(a, CrossY(w, y), _x.P);
        int k = _x.K, p = _x.P;
        double rss = 0, rssP2 = 0;
        var resid = keepResiduals ? new double[k] : [];
        var c0 = _x.Column(0);
        for (int i = 0; i < k; i++)
        {
            double fitted = c0[i] * beta[0];
            for (int j = 1; j < p; j++) fitted += _x.Column(j)[i] * beta[j];
            double e = y[i] - fitted;
            if (keepResiduals) resid[i] = e;
            double we = w[i] * e;
            rss += we * e;
            rssP2 += we * we;
        }
        return new WlsFit(beta, a, logDet, rss, rssP2, resid);
    }

    /// <summary>tr(P) = Σw - tr(A X'W²X).</summary>
    public double TraceP(ReadOnlySpan<double> w, double[] a)
    {
        int k = _x.K, p = _x.P;
        double sw = 0;
        for (int i = 0; i < k; i++) sw += w[i];
        var g = WeightedGram(w, power: 2);
        return sw - SmallMatrix.TraceProduct(a, g, p);
    }

    /// <summary>tr(P D1 P D2) for diagonal D1, D2 (null = identity), without k-length temporaries.</summary>
    public double TracePDPD(ReadOnlySpan<double> w, double[] a, double[]? d1, double[]? d2)
    {
        int k = _x.K, p = _x.P;
        double s0 = 0;
        var m1 = new double[p * p];
        var m2 = new double[p * p];
        var m3 = new double[p * p];
        for (int r = 0; r < p; r++)
        {
            var cr = _x.Column(r);
            for (int c = 0; c <= r; c++)
            {
                var cc = _x.Column(c);
                double g1 = 0, g2 = 0, g3 = 0;
                for (int i = 0; i < k; i++)
                {
                    double e1 = d1 is null ? 1 : d1[i], e2 = d2 is null ? 1 : d2[i];
                    double xx = cr[i] * cc[i], w2 = w[i] * w[i];
                    g1 += xx * w2 * e1;
                    g2 += xx * w2 * e2;
                    g3 += xx * w2 * w[i] * e1 * e2;
                }
                m1[(r * p) + c] = m1[(c * p) + r] = g1;
                m2[(r * p) + c] = m2[(c * p) + r] = g2;
                m3[(r * p) + c] = m3[(c * p) + r] = g3;
            }
        }
        for (int i = 0; i < k; i++)
        {
            double e1 = d1 is null ? 1 : d1[i], e2 = d2 is null ? 1 : d2[i];
            s0 += w[i] * w[i] * e1 * e2;
        }
        var am1 = SmallMatrix.Multiply3(a, m1, IdentityLike(p), p);
        var am2 = SmallMatrix.Multiply3(a, m2, IdentityLike(p), p);
        return s0 - (2 * SmallMatrix.TraceProduct(a, m3, p)) + SmallMatrix.TraceProduct(am1, am2, p);
    }

    /// <summary>Leverages h_ii = w_i x_i' A x_i.</summary>
    public double[] Hat(ReadOnlySpan<double> w, double[] a)
    {
        int k = _x.K, p = _x.P;
        var h = new double[k];
        var xi = new double[p];
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < p; j++) xi[j] = _x.Column(j)[i];
            double s = 0;
            for (int j = 0; j < p; j++)
            {
                double t = 0;
                for (int l = 0; l < p; l++) t += a[(j * p) + l] * xi[l];
                s += xi[j] * t;
            }
            h[i] = w[i] * s;
        }
        return h;
    }

    private static double[] IdentityLike(int p)
    {
        var id = new double[p * p];
        for (int i = 0; i < p; i++) id[(i * p) + i] = 1;
        return id;
    }
}

/// <summary>Result of one weighted least-squares solve.</summary>
/// <param name="Beta">Coefficients.</param>
/// <param name="A">(X'WX)⁻¹, row-major.</param>
/// <param name="LogDetXtWX">log|X'WX|.</param>
/// <param name="Rss">y'Py = Σ w e².</param>
/// <param name="RssP2">y'PPy = Σ (w e)².</param>
/// <param name="Resid">Residuals y - Xb.</param>
internal sealed record WlsFit(double[] Beta, double[] A, double LogDetXtWX, double Rss, double RssP2, double[] Resid);
