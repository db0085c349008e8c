using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Spinewise.Evidence.Common;

/// <summary>
/// Vectorised passes over study columns (4 doubles per step, scalar tail). Sums are accumulated per lane and added
/// at the end, so they differ from a sequential loop only in rounding (~1e-16 relative).
/// </summary>
internal static class VectorMath
{
    /// <summary>Doubles per vector step.</summary>
    public const int Width = 4;

    /// <summary>The column as whole vectors (the tail of fewer than <see cref="Width"/> elements is left out).</summary>
    public static ReadOnlySpan<Vector256<double>> Vectors(ReadOnlySpan<double> x) => MemoryMarshal.Cast<double, Vector256<double>>(x);

    /// <summary>True when any element is NaN.</summary>
    public static bool AnyNaN(ReadOnlySpan<double> x)
    {
        var ok = Vector256<double>.AllBitsSet;
        foreach (var t in Vectors(x)) ok &= Vector256.Equals(t, t);
        if (!AllLanes(ok)) return true;
        for (int i = Vectors(x).Length * Width; i < x.Length; i++)
        {
            if (double.IsNaN(x[i])) return true;
        }
        return false;
    }

    /// <summary>True when every element is &gt; 0 (false for NaN).</summary>
    public static bool AllPositive(ReadOnlySpan<double> x)
    {
        var ok = Vector256<double>.AllBitsSet;
        foreach (var t in Vectors(x)) ok &= Vector256.GreaterThan(t, Vector256<double>.Zero);
        if (!AllLanes(ok)) return false;
        for (int i = Vectors(x).Length * Width; i < x.Length; i++)
        {
            if (!(x[i] > 0)) return false;
        }
        return true;
    }

    /// <summary>True when every lane of a comparison mask is set.</summary>
    private static bool AllLanes(Vector256<double> mask) => Vector256.ExtractMostSignificantBits(mask) == 0b1111;

    /// <summary>Σ (x - shift).</summary>
    public static double Sum(ReadOnlySpan<double> x, double shift = 0)
    {
        var acc = Vector256<double>.Zero;
        var sh = Vector256.Create(shift);
        foreach (var t in Vectors(x)) acc += t - sh;
        double s = Vector256.Sum(acc);
        for (int i = Vectors(x).Length * Width; i < x.Length; i++) s += x[i] - shift;
        return s;
    }

    /// <summary>Σ log(x + shift).</summary>
    public static double SumLog(ReadOnlySpan<double> x, double shift)
    {
        var acc = Vector256<double>.Zero;
        var sh = Vector256.Create(shift);
        foreach (var t in Vectors(x)) acc += Vector256.Log(t + sh);
        double s = Vector256.Sum(acc);
        for (int i = Vectors(x).Length * Width; i < x.Length; i++) s += Math.Log(x[i] + shift);
        return s;
    }

    /// <summary>Σ log(sqrt(x)): the log standard deviations of the saturated normal likelihood.</summary>
    public static double SumLogSqrt(ReadOnlySpan<double> x)
    {
        var acc = Vector256<double>.Zero;
        foreach (var t in Vectors(x)) acc += Vector256.Log(Vector256.Sqrt(t));
        double s = Vector256.Sum(acc);
        for (int i = Vectors(x).Length * Width; i < x.Length; i++) s += Math.Log(Math.Sqrt(x[i]));
        return s;
    }

    /// <summary>Writes 1/(v + tau²) into <paramref name="into"/> (same length as <paramref name="v"/>).</summary>
    public static void Inverse(ReadOnlySpan<double> v, double tau2, Span<double> into)
    {
        var vv = Vectors(v);
        var dest = MemoryMarshal.Cast<double, Vector256<double>>(into);
        var t = Vector256.Create(tau2);
        for (int j = 0; j < vv.Length; j++) dest[j] = Vector256<double>.One / (vv[j] + t);
        for (int i = vv.Length * Width; i < v.Length; i++) into[i] = 1 / (v[i] + tau2);
    }

    /// <summary>Σ x and Σ x².</summary>
    public static (double Sum, double SumSq) SumAndSumOfSquares(ReadOnlySpan<double> x)
    {
        Vector256<double> s1 = default, s2 = default;
        foreach (var t in Vectors(x))
        {
            s1 += t;
            s2 += t * t;
        }
        double a = Vector256.Sum(s1), b = Vector256.Sum(s2);
        for (int i = Vectors(x).Length * Width; i < x.Length; i++)
        {
            a += x[i];
            b += x[i] * x[i];
        }
        return (a, b);
    }
}
