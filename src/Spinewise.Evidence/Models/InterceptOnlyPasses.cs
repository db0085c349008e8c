using System.Runtime.Intrinsics;
using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.Models;

/// <summary>
/// The intercept-only model's weighted least squares as two fused, vectorised passes over vi and yi (no weight
/// vector is stored: w = 1/(vi + tau²) is recomputed in the second pass). Outcomes are y - shift, so the centred yi
/// metafor estimates on need no copy either.
/// </summary>
internal static class InterceptOnlyPasses
{
    /// <summary>Sums of the first pass.</summary>
    internal readonly record struct WeightSums(double SumW, double SumWy, double SumW2, double SumW3);

    /// <summary>Σw, Σw(y - shift), Σw², Σw³ with w = 1/(v + tau²).</summary>
    public static WeightSums Weights(ReadOnlySpan<double> v, double tau2, ReadOnlySpan<double> y, double shift)
    {
        var vv = VectorMath.Vectors(v);
        var vy = VectorMath.Vectors(y);
        var t = Vector256.Create(tau2);
        var sh = Vector256.Create(shift);
        Vector256<double> s1 = default, sy = default, s2 = default, s3 = default;
        for (int j = 0; j < vv.Length; j++)
        {
            var w = Vector256<double>.One / (vv[j] + t);
            var w2 = w * w;
            s1 += w;
            sy += w * (vy[j] - sh);
            s2 += w2;
            s3 += w2 * w;
        }
        double a = Vector256.Sum(s1), b = Vector256.Sum(sy), c = Vector256.Sum(s2), d = Vector256.Sum(s3);
        for (int i = vv.Length * VectorMath.Width; i < v.Length; i++)
        {
            double w = 1 / (v[i] + tau2);
            a += w;
            b += w * (y[i] - shift);
            c += w * w;
            d += w * w * w;
        }
        return new WeightSums(a, b, c, d);
    }

    /// <summary>Σ w e² and Σ (w e)² with e = y - shift - beta.</summary>
    public static (double Rss, double RssP2) Residuals(ReadOnlySpan<double> v, double tau2, ReadOnlySpan<double> y, double shift, double beta)
    {
        var vv = VectorMath.Vectors(v);
        var vy = VectorMath.Vectors(y);
        var t = Vector256.Create(tau2);
        var sh = Vector256.Create(shift);
        var b = Vector256.Create(beta);
        Vector256<double> r1 = default, r2 = default;
        for (int j = 0; j < vv.Length; j++)
        {
            var w = Vector256<double>.One / (vv[j] + t);
            var e = vy[j] - sh - b;
            var we = w * e;
            r1 += we * e;
            r2 += we * we;
        }
        double rss = Vector256.Sum(r1), rssP2 = Vector256.Sum(r2);
        for (int i = vv.Length * VectorMath.Width; i < v.Length; i++)
        {
            double w = 1 / (v[i] + tau2);
            double e = y[i] - shift - beta;
            double we = w * e;
            rss += we * e;
            rssP2 += we * we;
        }
        return (rss, rssP2);
    }

    /// <summary>Σ (y - shift - beta)²: the residual sum of squares of the unweighted fit.</summary>
    public static double SquaredResiduals(ReadOnlySpan<double> y, double shift, double beta)
    {
        var vy = VectorMath.Vectors(y);
        var sh = Vector256.Create(shift);
        var b = Vector256.Create(beta);
        var acc = Vector256<double>.Zero;
        foreach (var t in vy)
        {
            var e = t - sh - b;
            acc += e * e;
        }
        double s = Vector256.Sum(acc);
        for (int i = vy.Length * VectorMath.Width; i < y.Length; i++)
        {
            double e = y[i] - shift - beta;
            s += e * e;
        }
        return s;
    }
}
