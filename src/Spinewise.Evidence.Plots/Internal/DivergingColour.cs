using ScottPlot;

namespace Spinewise.Evidence.Plots.Internal;

/// <summary>
/// A diverging blue – white – orange scale (the ends of ColorBrewer's PuOr/RdBu families, told apart under the common
/// colour-vision deficiencies): −1 is full blue, 0 white, +1 full orange.
/// </summary>
internal static class DivergingColour
{
    private static readonly Color Blue = Color.FromHex("#2166AC");
    private static readonly Color Middle = Color.FromHex("#F7F7F7");
    private static readonly Color Orange = Color.FromHex("#B35806");

    /// <summary>The colour at <paramref name="t"/> (clamped to [−1, 1]).</summary>
    public static Color At(double t)
    {
        t = Math.Clamp(t, -1, 1);
        var (from, to) = t < 0 ? (Middle, Blue) : (Middle, Orange);
        double f = Math.Abs(t);
        return new Color(Mix(from.R, to.R, f), Mix(from.G, to.G, f), Mix(from.B, to.B, f));
    }

    /// <summary>Whether text on the colour at <paramref name="t"/> should be white rather than black.</summary>
    public static bool IsDark(double t) => Math.Abs(t) > 0.7;

    private static byte Mix(byte a, byte b, double f) => (byte)Math.Round(a + ((b - a) * f));
}
