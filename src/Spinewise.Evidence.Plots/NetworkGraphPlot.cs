using System.Globalization;
using ScottPlot;
using Spinewise.Evidence.Network;
using Spinewise.Evidence.Plots.Internal;

namespace Spinewise.Evidence.Plots;

/// <summary>
/// Network graph: the treatments on a circle in the geometry's (ordinal) order, clockwise from the top; node area
/// proportional to participants, edge width proportional to the number of studies comparing the two treatments directly
/// (1 + 9 × studies / max(5, most studies) px, the number written on the edge), and each design with three or more arms
/// as a translucent, dashed-outlined polygon just inside its treatments (listed in the legend, the first six by name).
/// </summary>
public static class NetworkGraphPlot
{
    private const double LargestRadius = 0.15;
    private const double SmallestRadius = 0.035;
    private const double Inset = 0.85;
    private const int MaxDesignsInLegend = 6;
    private static readonly Color EdgeColor = Color.FromHex("#4D4D4D");

    /// <summary>Renders the network graph of a geometry.</summary>
    /// <param name="geometry">The network, from <see cref="NetworkGeometry.Of"/>.</param>
    /// <param name="size">Width, height and DPI asked for (800 × 800 px by default).</param>
    /// <param name="format">SVG or PNG.</param>
    /// <param name="title">The title, or null for "Network of S studies and T treatments".</param>
    /// <returns>The image: UTF-8 SVG text or PNG bytes.</returns>
    /// <exception cref="ArgumentException">Fewer than two treatments, no comparison, or a count that is not a finite number ≥ 0.</exception>
    public static byte[] Render(NetworkGeometry geometry, PlotSize size, PlotFormat format, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(size);
        var layout = NetworkGraphLayout.Of(geometry, LargestRadius, SmallestRadius);
        var plot = new Plot();
        var legend = new List<LegendItem>();
        DrawDesigns(plot, geometry, layout, legend);
        DrawEdges(plot, geometry, layout);
        DrawNodes(plot, geometry, layout);
        legend.Insert(0, new LegendItem { LabelText = layout.SizedByParticipants ? "treatment (area ∝ participants)" : "treatment (participants not known: equal size)", MarkerShape = MarkerShape.FilledCircle, MarkerFillColor = OkabeIto.Blue, MarkerLineColor = Colors.Black, MarkerSize = 12, LineWidth = 0 });
        legend.Insert(1, new LegendItem { LabelText = "direct comparison (wider with more studies; number = studies)", LineColor = EdgeColor, LineWidth = 3 });
        plot.Legend.ManualItems.AddRange(legend);
        plot.Legend.FontSize = 13;
        plot.ShowLegend(Edge.Bottom);
        plot.Axes.SetLimits(-1.75, 1.75, -1.5, 1.42);
        plot.Axes.SquareUnits();
        plot.HideAxesAndGrid();
        plot.Title(title ?? $"Network of {geometry.Studies} studies and {geometry.Treatments.Count} treatments");
        plot.Axes.Title.Label.FontSize = 18;
        return PlotImage.Render(plot, 800, size.Width is null ? size with { Width = 800 } : size, format);
    }

    private static void DrawDesigns(Plot plot, NetworkGeometry geometry, NetworkGraphLayout layout, List<LegendItem> legend)
    {
        var multi = geometry.Designs.Where(d => d.Treatments.Count >= 3).ToList();
        for (int i = 0; i < multi.Count; i++)
        {
            var d = multi[i];
            var color = OkabeIto.Areas[i % OkabeIto.Areas.Length];
            // drawn a little inside its treatments, so that the dashed outline is not hidden under the edges
            var points = d.Treatments.Select(t => layout.Index[t]).Order().Select(j => layout.Centres[j]).ToArray();
            var mid = new Coordinates(points.Average(c => c.X), points.Average(c => c.Y));
            var corners = points.Select(c => new Coordinates(mid.X + (Inset * (c.X - mid.X)), mid.Y + (Inset * (c.Y - mid.Y)))).ToArray();
            var polygon = plot.Add.Polygon(corners);
            polygon.FillColor = color.WithAlpha(0.22);
            polygon.LineColor = color;
            polygon.LineWidth = 2.5f;
            polygon.LinePattern = LinePattern.Dashed;
            if (i >= MaxDesignsInLegend)
            {
                continue;
            }

            string studies = d.Studies == 1 ? "1 study" : $"{d.Studies} studies";
            legend.Add(new LegendItem
            {
                LabelText = $"{d.Treatments.Count}-arm design: {string.Join(", ", d.Treatments)} ({studies})",
                FillColor = color.WithAlpha(0.22),
                LineColor = color,
                LinePattern = LinePattern.Dashed,
                LineWidth = 2.5f,
            });
        }

        if (multi.Count > MaxDesignsInLegend)
        {
            legend.Add(new LegendItem { LabelText = $"and {multi.Count - MaxDesignsInLegend} more multi-arm designs (coloured in turn)", LineWidth = 0 });
        }
    }

    private static void DrawEdges(Plot plot, NetworkGeometry geometry, NetworkGraphLayout layout)
    {
        int most = geometry.Edges.Max(e => e.Studies);
        var placed = new List<Coordinates>();
        foreach (var e in geometry.Edges)
        {
            var a = layout.Centres[layout.Index[e.Treatment1]];
            var b = layout.Centres[layout.Index[e.Treatment2]];
            var line = plot.Add.Line(a, b);
            line.Color = EdgeColor;
            line.LineWidth = (float)(1 + (9.0 * e.Studies / Math.Max(most, 5)));
            var at = LabelPosition(a, b, placed, layout);
            placed.Add(at);
            var label = plot.Add.Text(e.Studies.ToString(CultureInfo.InvariantCulture), at);
            label.LabelFontSize = 13;
            label.LabelBold = true;
            label.LabelAlignment = Alignment.MiddleCenter;
            label.LabelFontColor = Colors.Black;
            label.LabelBackgroundColor = Colors.White;
            label.LabelBorderColor = EdgeColor;
            label.LabelBorderWidth = 1;
            label.LabelPadding = 2;
        }
    }

    /// <summary>
    /// The point along the edge for its label: the middle, or the nearest point off-centre that keeps clear of the labels
    /// already placed and of the nodes (failing that, the point with most room).
    /// </summary>
    private static Coordinates LabelPosition(Coordinates a, Coordinates b, List<Coordinates> placed, NetworkGraphLayout layout)
    {
        Coordinates best = default;
        double bestRoom = double.NegativeInfinity;
        foreach (double t in (double[])[0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73, 0.2, 0.8])
        {
            var p = new Coordinates(a.X + (t * (b.X - a.X)), a.Y + (t * (b.Y - a.Y)));
            double room = placed.Select(q => Distance(p, q) - 0.16).DefaultIfEmpty(double.PositiveInfinity).Min();
            room = Math.Min(room, layout.Centres.Select((c, i) => Distance(p, c) - layout.Radii[i] - 0.07).Min());
            if (room >= 0) return p;
            if (room > bestRoom) (best, bestRoom) = (p, room);
        }

        return best;
    }

    private static double Distance(Coordinates p, Coordinates q) => Math.Sqrt(((p.X - q.X) * (p.X - q.X)) + ((p.Y - q.Y) * (p.Y - q.Y)));

    private static void DrawNodes(Plot plot, NetworkGeometry geometry, NetworkGraphLayout layout)
    {
        for (int i = 0; i < geometry.Treatments.Count; i++)
        {
            var node = geometry.Treatments[i];
            var c = layout.Centres[i];
            var circle = plot.Add.Circle(c, layout.Radii[i]);
            circle.FillColor = OkabeIto.Blue;
            circle.LineColor = Colors.Black;
            circle.LineWidth = 1.5f;
            double angle = layout.Angles[i];
            double away = layout.Radii[i] + 0.05;
            var at = new Coordinates(c.X + (away * Math.Cos(angle)), c.Y + (away * Math.Sin(angle)));
            string n = node.Participants is { } p ? $"n = {p.ToString("#,0", CultureInfo.InvariantCulture)}" : "n not known";
            var label = plot.Add.Text($"{node.Treatment}\n{n}", at);
            label.LabelFontSize = 14;
            label.LabelAlignment = Align(angle);
            label.LabelFontColor = Colors.Black;
        }
    }

    /// <summary>Which side of the label touches its node: labels sit outward of the circle, so they do not cover the edges.</summary>
    private static Alignment Align(double angle)
    {
        double x = Math.Cos(angle), y = Math.Sin(angle);
        if (x > 0.35) return y > 0.5 ? Alignment.LowerLeft : y < -0.5 ? Alignment.UpperLeft : Alignment.MiddleLeft;
        if (x < -0.35) return y > 0.5 ? Alignment.LowerRight : y < -0.5 ? Alignment.UpperRight : Alignment.MiddleRight;
        return y > 0 ? Alignment.LowerCenter : Alignment.UpperCenter;
    }
}
