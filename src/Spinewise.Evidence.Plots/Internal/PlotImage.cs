using System.Text;
using System.Text.RegularExpressions;
using ScottPlot;

namespace Spinewise.Evidence.Plots.Internal;

/// <summary>Renders a plot to bytes at the size asked, or at <c>contentHeight</c> (what the rows need) by default.</summary>
internal static partial class PlotImage
{
    public static byte[] Render(Plot plot, int contentHeight, PlotSize size, PlotFormat format)
    {
        ArgumentNullException.ThrowIfNull(size);
        plot.ScaleFactor = (float)size.Scale;
        int width = (int)Math.Round((size.Width ?? PlotSize.DefaultWidth) * size.Scale);
        int height = (int)Math.Round((size.Height ?? contentHeight) * size.Scale);
        return format switch
        {
            PlotFormat.Svg => Encoding.UTF8.GetBytes(Deterministic(plot.GetSvgXml(width, height))),
            PlotFormat.Png => plot.GetImageBytes(width, height, ImageFormat.Png),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown plot format"),
        };
    }

    /// <summary>
    /// The SVG with its clip-path ids numbered from 1 in order of appearance: the SVG canvas numbers them with a counter
    /// shared by the process, so the same plot would otherwise come out different on a second rendering.
    /// </summary>
    private static string Deterministic(string svg)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m =>
        {
            if (!ids.TryGetValue(m.Groups[1].Value, out var id))
            {
                ids[m.Groups[1].Value] = id = "cl_" + (ids.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return id;
        });
    }

    [GeneratedRegex(@"\bcl_([0-9a-f]+)\b")]
    private static partial Regex ClipId();
}
