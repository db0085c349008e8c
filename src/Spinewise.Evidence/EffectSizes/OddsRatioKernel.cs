using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Spinewise.Evidence.EffectSizes;

/// <summary>
/// escalc(measure = "OR") from four cell arrays in one vectorised pass, writing yi/vi straight into the result:
/// no copies of the cells, no zero-cell mask array. metafor's rules are applied per row: <c>drop00</c>, then
/// <c>add</c> to all four cells where <c>to</c> says (only0: rows with a zero cell; all; if0all: every row when any row
/// has a zero cell), then yi = log(p1/(1-p1)) - log(p2/(1-p2)), vi = 1/a + 1/b + 1/c + 1/d, ±Inf → NaN.
/// Inputs with a negative count (which need diagnostics) are left to <see cref="TwoByTwoMeasures"/>.
/// </summary>
internal static class OddsRatioKernel
{
    /// <summary>From this many rows on, the rows are split over the cores.</summary>
    internal const int ParallelRows = 1 << 16;

    private const int Width = 4;

    /// <summary>Per-call constants of the row rule.</summary>
    private readonly record struct Rule(Vector256<double> AddAll, Vector256<double> AddZero, bool Drop00);

    /// <summary>Computes OR into <paramref name="ctx"/>; false (nothing usable written) when the general path must run.</summary>
    /// <remarks>Compiled optimised at once: it runs once per process on up to millions of rows, too few calls for tiering to reach it in time.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryCompute(EscalcContext ctx, out bool anyInf)
    {
        anyInf = false;
        var d = ctx.Data;
        int k = ctx.K;
        if (ctx.Measure != EffectMeasure.OR || d.Ai is not double[] ai || d.Bi is not double[] bi || d.Ci is not double[] ci || d.Di is not double[] di) return false;
        if (ai.Length != k || bi.Length != k || ci.Length != k || di.Length != k) return false;
        var rule = MakeRule(ctx, ai, bi, ci, di);

        // Row by row, so the halves of a large k are computed on two cores (or more) to the same values.
        int vectors = k / Width;
        int parts = k >= ParallelRows ? Math.Max(1, Environment.ProcessorCount) : 1;
        var negatives = new Vector256<double>[parts];
        var infinites = new Vector256<double>[parts];
        double[] outYi = ctx.Yi, outVi = ctx.Vi;
        Parallel.For(0, parts, p =>
        {
            int from = (int)((long)vectors * p / parts), to = (int)((long)vectors * (p + 1) / parts);
            (negatives[p], infinites[p]) = Rows(ai, bi, ci, di, outYi, outVi, rule, from, to);
        });
        Vector256<double> negative = default, infinite = default;
        for (int p = 0; p < parts; p++)
        {
            negative |= negatives[p];
            infinite |= infinites[p];
        }

        int tail = vectors * Width;
        if (tail < k)
        {
            // the last rows, padded with harmless cells to one vector
            Span<double> cells = stackalloc double[4 * Width];
            cells.Fill(1.0);
            for (int i = tail; i < k; i++)
            {
                cells[i - tail] = ai[i];
                cells[Width + i - tail] = bi[i];
                cells[(2 * Width) + i - tail] = ci[i];
                cells[(3 * Width) + i - tail] = di[i];
            }
            var c = Vectors(cells);
            var (y, v) = Row(c[0], c[1], c[2], c[3], rule, ref negative, ref infinite);
            for (int i = tail; i < k; i++)
            {
                ctx.Yi[i] = y[i - tail];
                ctx.Vi[i] = v[i - tail];
            }
        }
        anyInf = Vector256.ExtractMostSignificantBits(infinite) != 0;
        return Vector256.ExtractMostSignificantBits(negative) == 0;
    }

    /// <summary>Vectors <paramref name="from"/> to <paramref name="to"/> (exclusive); the sign and infinity masks they met.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (Vector256<double> Negative, Vector256<double> Infinite) Rows(
        double[] ai, double[] bi, double[] ci, double[] di, double[] outYi, double[] outVi, Rule rule, int from, int to)
    {
        ReadOnlySpan<Vector256<double>> va = Vectors(ai), vb = Vectors(bi), vc = Vectors(ci), vd = Vectors(di);
        var yi = MemoryMarshal.Cast<double, Vector256<double>>(outYi.AsSpan());
        var vi = MemoryMarshal.Cast<double, Vector256<double>>(outVi.AsSpan());
        Vector256<double> negative = default, infinite = default;
        for (int j = from; j < to; j++)
            (yi[j], vi[j]) = Row(va[j], vb[j], vc[j], vd[j], rule, ref negative, ref infinite);
        return (negative, infinite);
    }

    private static Rule MakeRule(EscalcContext ctx, double[] ai, double[] bi, double[] ci, double[] di)
    {
        double add = ctx.Add;
        var to = ctx.Options.To;
        bool drop00 = ctx.Options.Drop00;
        bool all = add != 0 && (to == ZeroCellRule.All || (to == ZeroCellRule.If0All && AnyZeroCell(ai, bi, ci, di, drop00)));
        bool only0 = add != 0 && to == ZeroCellRule.Only0;
        return new Rule(Vector256.Create(all ? add : 0), Vector256.Create(only0 ? add : 0), drop00);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<double> Yi, Vector256<double> Vi) Row(
        Vector256<double> a, Vector256<double> b, Vector256<double> c, Vector256<double> d, Rule rule,
        ref Vector256<double> negative, ref Vector256<double> infinite)
    {
        var zero = Vector256<double>.Zero;
        negative |= Vector256.LessThan(a, zero) | Vector256.LessThan(b, zero) | Vector256.LessThan(c, zero) | Vector256.LessThan(d, zero);
        var hasZero = Vector256.Equals(a, zero) | Vector256.Equals(b, zero) | Vector256.Equals(c, zero) | Vector256.Equals(d, zero);
        var add = rule.AddAll + (hasZero & rule.AddZero);
        var drop = rule.Drop00
            ? (Vector256.Equals(a, zero) & Vector256.Equals(c, zero)) | (Vector256.Equals(b, zero) & Vector256.Equals(d, zero))
            : zero;
        a += add;
        b += add;
        c += add;
        d += add;
        var one = Vector256<double>.One;
        var p1 = a / (a + b);
        var p2 = c / (c + d);
        var yi = Vector256.Log(p1 / (one - p1)) - Vector256.Log(p2 / (one - p2));
        var vi = (one / a) + (one / b) + (one / c) + (one / d);
        // metafor: ±Inf in yi or vi → both NA (with a warning); NA yi → NA vi; drop00 rows → NA
        var inf = IsInfinity(yi) | IsInfinity(vi);
        infinite |= inf & ~drop;
        var nan = Vector256.Create(double.NaN);
        var missingY = inf | drop;
        yi = Vector256.ConditionalSelect(missingY, nan, yi);
        vi = Vector256.ConditionalSelect(missingY | ~Vector256.Equals(yi, yi), nan, vi);
        return (yi, vi);
    }

    private static Vector256<double> IsInfinity(Vector256<double> x) =>
        Vector256.Equals(Vector256.Abs(x), Vector256.Create(double.PositiveInfinity));

    /// <summary>to = "if0all": whether any (not dropped) study has a zero cell.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool AnyZeroCell(double[] ai, double[] bi, double[] ci, double[] di, bool drop00)
    {
        for (int i = 0; i < ai.Length; i++)
        {
            bool dropped = drop00 && ((ai[i] == 0 && ci[i] == 0) || (bi[i] == 0 && di[i] == 0));
            if (!dropped && (ai[i] == 0 || bi[i] == 0 || ci[i] == 0 || di[i] == 0)) return true;
        }
        return false;
    }

    private static ReadOnlySpan<Vector256<double>> Vectors(ReadOnlySpan<double> x) => MemoryMarshal.Cast<double, Vector256<double>>(x);
}
