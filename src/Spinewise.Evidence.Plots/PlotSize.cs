namespace Spinewise.Evidence.Plots;

/// <summary>A plot's size: width and height at 96 DPI (null = the plot's own), and the scale for the DPI asked.</summary>
/// <param name="Width">Width in pixels at 96 DPI, or null for the default (<see cref="DefaultWidth"/>).</param>
/// <param name="Height">Height in pixels at 96 DPI, or null for the height the content needs.</param>
/// <param name="Scale">DPI / 96: multiplies pixels, lines and text.</param>
public sealed record PlotSize(int? Width, int? Height, double Scale)
{
    /// <summary>The default width in pixels at 96 DPI.</summary>
    public const int DefaultWidth = 900;

    /// <summary>900 px wide, height from the content, 96 DPI.</summary>
    public static readonly PlotSize Default = new(null, null, 1);
}
