using System.Buffers;
using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.Models;

/// <summary>
/// The data and scratch of one rma.uni fit: yi, vi (never written), the mean metafor centres on, pooled k-length
/// buffers (rented from <see cref="ArrayPool{T}.Shared"/> by this fit only and returned on dispose, so concurrent fits
/// never share one), and the fits and log sums several steps need (tau² = 0 serves DL, the QE test and ll0check).
/// </summary>
internal sealed class FitWorkspace : IDisposable
{
    /// <summary>Buffer slots: weights, a column of ones, and one more (user-weight fits).</summary>
    public const int WeightSlot = 0, OnesSlot = 1, ExtraSlot = 2;

    private readonly double[]?[] _buffers = new double[3][];
    private IvFit? _atZero, _last;
    private double _sumLogTau2 = double.NaN, _sumLog = double.NaN, _sumLogZero = double.NaN;

    public FitWorkspace(ModelMatrix x, double[] y, double[] v)
    {
        Core = new WlsCore(x);
        Y = y;
        V = v;
        Mean = VectorMath.Sum(y) / y.Length;
        AllViPositive = VectorMath.AllPositive(v);
    }

    public WlsCore Core { get; }

    public int K => Core.K;

    public int P => Core.P;

    /// <summary>yi of the studies used.</summary>
    public double[] Y { get; }

    /// <summary>vi of the studies used.</summary>
    public double[] V { get; }

    /// <summary>Mean of yi: the estimators work on yi - Mean (metafor's Ymc).</summary>
    public double Mean { get; }

    /// <summary>All vi &gt; 0.</summary>
    public bool AllViPositive { get; }

    /// <summary>Inverse-variance fit of the mean-centred yi at tau²; fits at 0 and the last tau² are kept.</summary>
    /// <param name="tau2">tau² in w = 1/(vi + tau²).</param>
    /// <param name="traces">Whether tr(P) and tr(PP) are needed (always computed for intercept-only models).</param>
    public IvFit Centred(double tau2, bool traces)
    {
        var cached = tau2 == 0 ? _atZero : _last;
        if (cached is not null && cached.Tau2.Equals(tau2) && (cached.HasTraces || !traces)) return cached;
        var fit = Fit(tau2, Mean, traces) ?? throw new MetaAnalysisException("Model matrix not of full rank (X'WX is singular).");
        if (tau2 == 0) _atZero = fit;
        else _last = fit;
        return fit;
    }

    /// <summary>Inverse-variance fit of the raw yi at tau² (the model's coefficients); null when X'WX is singular.</summary>
    public IvFit? TryRaw(double tau2) => Fit(tau2, 0, traces: false);

    /// <summary>Σ log(vi + tau²), kept for 0 and the last tau².</summary>
    public double SumLog(double tau2)
    {
        if (tau2 == 0)
        {
            if (double.IsNaN(_sumLogZero)) _sumLogZero = VectorMath.SumLog(V, 0);
            return _sumLogZero;
        }
        if (!_sumLogTau2.Equals(tau2))
        {
            _sumLog = VectorMath.SumLog(V, tau2);
            _sumLogTau2 = tau2;
        }
        return _sumLog;
    }

    /// <summary>1/(vi + tau²) in the weight buffer (valid until the next call that fills it).</summary>
    public Span<double> InverseWeights(double tau2)
    {
        var w = Buffer(WeightSlot);
        VectorMath.Inverse(V, tau2, w);
        return w;
    }

    /// <summary>A column of k ones.</summary>
    public Span<double> Ones()
    {
        var ones = Buffer(OnesSlot);
        ones.Fill(1.0);
        return ones;
    }

    /// <summary>A pooled k-length buffer of this fit (contents undefined).</summary>
    public Span<double> Buffer(int slot)
    {
        var b = _buffers[slot] ??= ArrayPool<double>.Shared.Rent(K);
        return b.AsSpan(0, K);
    }

    public void Dispose()
    {
        for (int i = 0; i < _buffers.Length; i++)
        {
            if (_buffers[i] is { } b) ArrayPool<double>.Shared.Return(b);
            _buffers[i] = null;
        }
    }

    private IvFit? Fit(double tau2, double shift, bool traces)
    {
        if (Core.IsInterceptOnly) return InterceptOnlyFit(tau2, shift);
        var w = InverseWeights(tau2);
        var fit = Core.Solve(w, Y, shift);
        if (fit is null) return null;
        var (sumW, sumW2) = VectorMath.SumAndSumOfSquares(w);
        double trP = traces ? Core.TraceP(w, fit.A) : double.NaN;
        double trPP = traces ? Core.TracePDPD(w, fit.A, default, default) : double.NaN;
        return new IvFit(tau2, fit.Beta, fit.A, fit.LogDetXtWX, fit.Rss, fit.RssP2, sumW, sumW2, trP, trPP, traces);
    }

    private IvFit? InterceptOnlyFit(double tau2, double shift)
    {
        var s = InterceptOnlyPasses.Weights(V, tau2, Y, shift);
        var a = SmallMatrix.InvertSpd([s.SumW], 1, out double logDet);
        if (a is null) return null;
        double beta = a[0] * s.SumWy;
        var (rss, rssP2) = InterceptOnlyPasses.Residuals(V, tau2, Y, shift, beta);
        double aw2 = a[0] * s.SumW2;
        double trP = s.SumW - aw2;
        double trPP = s.SumW2 - (2 * (a[0] * s.SumW3)) + (aw2 * aw2);
        return new IvFit(tau2, [beta], a, logDet, rss, rssP2, s.SumW, s.SumW2, trP, trPP, HasTraces: true);
    }
}
