namespace Spinewise.Benchmarks.Evidence;

/// <summary>
/// Park–Miller MINSTD (x ← 48271 x mod 2³¹ − 1) with Box–Muller normals: exact in doubles, so the R scripts beside the
/// benchmarks (bench/*-metafor.R) draw the very same synthetic data.
/// </summary>
internal sealed class Minstd(long seed)
{
    private long _state = seed;

    /// <summary>The next uniform draw on (0, 1).</summary>
    public double Next()
    {
        _state = 48271 * _state % 2147483647;
        return _state / 2147483647.0;
    }

    /// <summary>A normal draw with mean 0 and standard deviation <paramref name="sd"/> (two uniforms).</summary>
    public double Normal(double sd)
    {
        double u1 = Next(), u2 = Next();
        return sd * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
