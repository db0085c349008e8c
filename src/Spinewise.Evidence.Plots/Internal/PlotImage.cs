using System.Text;
using ScottPlot;

namespace Spinewise.Evidence.Plots.Internal;

/// <summary>Renders a plot to bytes at the size asked, or at <c>contentHeight</c> (what the rows need) by default.</summary>
internal static class PlotImage
{
    public static byte[] Render(Plot plot, int contentHeight, PlotSize size, PlotFormat format)
    {
        ArgumentNullException.ThrowIfNull(size);
        plot.ScaleFactor = (float)size.Scale;
        int width = (int)Math.Round((size.Width ?? PlotSize.DefaultWidth) * size.Scale);
        int height = (int)Math.Round((size.Height ?? contentHeight) * size.Scale);
        return format switch
        {
            PlotFormat.Svg => Encoding.UTF8.GetBytes(plot.GetSvgXml(width, height)),
            PlotFormat.Png => plot.GetImageBytes(width, height, ImageFormat.Png),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown plot format"),
        };
    }
}
