namespace Spinewise.Evidence.Models;

/// <summary>
/// Weighted least squares on a model matrix with diagonal weights, in O(k p²) time and without k×k matrices or
/// k-length temporaries. With W = diag(w) and A = (X'WX)⁻¹, P = W - W X A X' W; the traces metafor needs are
/// expressed with p×p matrices. Outcomes may be shifted by a constant (metafor's mean-centred yi) without a copy.
/// </summary>
internal sealed class WlsCore
{
    private readonly ModelMatrix _x;

    public WlsCore(ModelMatrix x) => _x = x;

    public int K => _x.K;

    public int P => _x.P;

    /// <summary>True for the intercept-only model (a single column of ones), which has fused vectorised passes.</summary>
    public bool IsInterceptOnly => _x.IsInterceptOnly;

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

    /// <summary>X' diag(d) (y - shift).</summary>
    public double[] CrossY(ReadOnlySpan<double> d, ReadOnlySpan<double> y, double shift = 0)
    {
        int p = _x.P, k = _x.K;
        var r = new double[p];
        for (int a = 0; a < p; a++)
        {
            var ca = _x.Column(a);
            double s = 0;
            for (int i = 0; i < k; i++) s += ca[i] * d[i] * (y[i] - shift);
            r[a] = s;
        }
        return r;
    }

    /// <summary>Solves the weighted normal equations for y - shift; null when X'WX is not positive definite.</summary>
    /// <param name="w">Weights.</param>
    /// <param name="y">Outcomes.</param>
    /// <param name="shift">Constant subtracted from every outcome (0 for none).</param>
    /// <param name="resid">When not empty, receives the residuals (length k).</param>
    public WlsFit? Solve(ReadOnlySpan<double> w, ReadOnlySpan<double> y, double shift = 0, Span<double> resid = default)
    {
        var xtwx = Gram(w);
        var a = SmallMatrix.InvertSpd(xtwx, _x.P, out double logDet);
        if (a is null) return null;
        var beta = SmallMatrix.Multiply(a, CrossY(w, y, shift), _x.P);
        int k = _x.K, p = _x.P;
        double rss = 0, rssP2 = 0;
        bool keep = !resid.IsEmpty;
        var c0 = _x.Column(0);
        for (int i = 0; i < k; i++)
        {
            double fitted = c0[i] * beta[0];
            for (int j = 1; j < p; j++) fitted += _x.Column(j)[i] * beta[j];
            double e = y[i] - shift - fitted;
            if (keep) resid[i] = e;
            double we = w[i] * e;
            rss += we * e;
            rssP2 += we * we;
        }
        return new WlsFit(beta, a, logDet, rss, rssP2);
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

    /// <summary>tr(P D1 P D2) for diagonal D1, D2 (empty = identity), without k-length temporaries.</summary>
    public double TracePDPD(ReadOnlySpan<double> w, double[] a, ReadOnlySpan<double> d1, ReadOnlySpan<double> d2)
    {
        int k = _x.K, p = _x.P;
        bool id1 = d1.IsEmpty, id2 = d2.IsEmpty;
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
                    double e1 = id1 ? 1 : d1[i], e2 = id2 ? 1 : d2[i];
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
        double s0 = 0;
        for (int i = 0; i < k; i++)
        {
            double e1 = id1 ? 1 : d1[i], e2 = id2 ? 1 : d2[i];
            s0 += w[i] * w[i] * e1 * e2;
        }
        var am1 = SmallMatrix.MultiplyMatrices(a, m1, p);
        var am2 = SmallMatrix.MultiplyMatrices(a, m2, p);
        return s0 - (2 * SmallMatrix.TraceProduct(a, m3, p)) + SmallMatrix.TraceProduct(am1, am2, p);
    }

    /// <summary>Leverages h_ii = w_i x_i' A x_i.</summary>
    public double[] Hat(ReadOnlySpan<double> w, double[] a)
    {
        var h = new double[_x.K];
        for (int i = 0; i < h.Length; i++) h[i] = Leverage(i, w[i], a);
        return h;
    }

    /// <summary>Σ (1 - h_ii) d_i, without storing the leverages.</summary>
    public double SumOneMinusHat(ReadOnlySpan<double> w, double[] a, ReadOnlySpan<double> d)
    {
        double s = 0;
        for (int i = 0; i < _x.K; i++) s += (1 - Leverage(i, w[i], a)) * d[i];
        return s;
    }

    private double Leverage(int i, double wi, double[] a)
    {
        int p = _x.P;
        double s = 0;
        for (int j = 0; j < p; j++)
        {
            double t = 0;
            for (int l = 0; l < p; l++) t += a[(j * p) + l] * _x.Column(l)[i];
            s += _x.Column(j)[i] * t;
        }
        return wi * s;
    }
}

/// <summary>Result of one weighted least-squares solve.</summary>
/// <param name="Beta">Coefficients.</param>
/// <param name="A">(X'WX)⁻¹, row-major.</param>
/// <param name="LogDetXtWX">log|X'WX|.</param>
/// <param name="Rss">y'Py = Σ w e².</param>
/// <param name="RssP2">y'PPy = Σ (w e)².</param>
internal sealed record WlsFit(double[] Beta, double[] A, double LogDetXtWX, double Rss, double RssP2);
