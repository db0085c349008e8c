using ScottPlot;

namespace Spinewise.Evidence.Plots.Internal;

/// <summary>The Okabe–Ito palette (Okabe M, Ito K. Color Universal Design, 2008): colours told apart under every common colour-vision deficiency.</summary>
internal static class OkabeIto
{
    public static readonly Color Orange = Color.FromHex("#E69F00");
    public static readonly Color SkyBlue = Color.FromHex("#56B4E9");
    public static readonly Color BluishGreen = Color.FromHex("#009E73");
    public static readonly Color Yellow = Color.FromHex("#F0E442");
    public static readonly Color Blue = Color.FromHex("#0072B2");
    public static readonly Color Vermillion = Color.FromHex("#D55E00");
    public static readonly Color ReddishPurple = Color.FromHex("#CC79A7");

    /// <summary>Colours for areas drawn over one another (multi-arm designs), in the order they are handed out.</summary>
    public static readonly Color[] Areas = [Orange, BluishGreen, ReddishPurple, SkyBlue, Vermillion, Yellow];
}
