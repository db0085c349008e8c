using ScottPlot;

namespace Spinewise.Evidence.Plots.Internal;

/// <summary>Centres the bottom axis label under part of the x range (e.g. the estimates, not the text columns beside them).</summary>
internal static class AxisLabelPlacement
{
    /// <summary>Lays the plot out once at the size it will be rendered, then shifts the bottom label to the middle of [lo, hi].</summary>
    public static void CentreUnder(Plot plot, double lo, double hi, int contentHeight, PlotSize size)
    {
        plot.ScaleFactor = (float)size.Scale;
        int width = (int)Math.Round((size.Width ?? PlotSize.DefaultWidth) * size.Scale);
        int height = (int)Math.Round((size.Height ?? contentHeight) * size.Scale);
        using (plot.GetImage(width, height))
        {
        }

        var data = plot.RenderManager.LastRender.DataRect;
        var limits = plot.Axes.GetLimits();
        double pixelsPerUnit = data.Width / (limits.Right - limits.Left);
        double wanted = data.Left + (((lo + hi) / 2) - limits.Left) * pixelsPerUnit;
        plot.Axes.Bottom.Label.OffsetX = (float)((wanted - data.HorizontalCenter) / size.Scale);
    }
}
