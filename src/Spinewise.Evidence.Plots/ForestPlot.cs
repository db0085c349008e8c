using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Plots.Internal;

namespace Spinewise.Evidence.Plots;

/// <summary>Forest plot: study estimates with CIs (square size by weight), subgroup and summary diamonds, prediction interval.</summary>
public static class ForestPlot
{
    private const double DiamondHalfHeight = 0.35;

    /// <summary>Renders the forest plot of a fit.</summary>
    /// <param name="studies">The studies, in the row order given to the model.</param>
    /// <param name="fit">The model fitted on them.</param>
    /// <param name="prediction">The model's prediction (intercept-only models), or null.</param>
    /// <param name="subgroups">A subgroup analysis to draw by group, or null.</param>
    /// <param name="size">Width, height and DPI asked for (height from the rows by default).</param>
    /// <param name="format">SVG or PNG.</param>
    /// <returns>The image: UTF-8 SVG text or PNG bytes.</returns>
    public static byte[] Render(StudySeries studies, RmaResult fit, RmaPrediction? prediction, SubgroupResult? subgroups, PlotSize size, PlotFormat format)
    {
        var rows = ForestRows.Build(studies, fit, prediction, subgroups);
        Func<double, double> tr = EffectScale.IsRatio(studies.Measure) ? Math.Exp : x => x;
        var plot = new Plot();
        var ticks = new NumericManual();
        int n = rows.Count;
        double maxWeight = rows.Where(r => r.Kind == ForestRowKind.Study && !double.IsNaN(r.Weight)).Select(r => r.Weight).DefaultIfEmpty(1).Max();
        var finite = rows.Where(r => r.Kind != ForestRowKind.Header).SelectMany(r => new[] { r.Lower, r.Upper }).Where(double.IsFinite).ToList();
        double min = Math.Min(finite.Min(), 0), max = Math.Max(finite.Max(), 0);
        for (int i = 0; i < n; i++)
        {
            var r = rows[i];
            double y = n - i;
            ticks.AddMajor(y, r.Label);
            Draw(plot, r, y, maxWeight, subgroups is not null);
            if (r.Kind != ForestRowKind.Header)
            {
                var weight = double.IsNaN(r.Weight) ? "" : $"  {r.Weight.ToString("F1", CultureInfo.InvariantCulture)}%";
                var text = plot.Add.Text($"{Num(tr(r.Estimate))} [{Num(tr(r.Lower))}, {Num(tr(r.Upper))}]{weight}", max + ((max - min) * 0.08), y);
                text.LabelFontSize = 12;
                text.LabelAlignment = Alignment.MiddleLeft;
            }
        }

        var zero = plot.Add.VerticalLine(0);
        zero.Color = Colors.Gray;
        zero.LinePattern = LinePattern.Dashed;
        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsY(0.2, n + 0.8);
        EffectScale.Apply(plot, min, max, studies.Measure, (max - min) * 0.75);
        plot.Grid.IsVisible = false;
        plot.Title(subgroups is null ? "Forest plot" : "Forest plot by subgroup");
        return PlotImage.Render(plot, 140 + (n * 26), size, format);
    }

    private static void Draw(Plot plot, ForestRow r, double y, double maxWeight, bool bySubgroup)
    {
        switch (r.Kind)
        {
            case ForestRowKind.Study:
                var ci = plot.Add.Line(r.Lower, y, r.Upper, y);
                ci.Color = Colors.Black;
                ci.LineWidth = 1.5f;
                float markerSize = (float)(5 + (9 * Math.Sqrt((double.IsNaN(r.Weight) ? 0 : r.Weight) / maxWeight)));
                plot.Add.Marker(r.Estimate, y, MarkerShape.FilledSquare, markerSize, Colors.Black);
                break;
            case ForestRowKind.Summary:
                Coordinates[] diamond = [new(r.Lower, y), new(r.Estimate, y + DiamondHalfHeight), new(r.Upper, y), new(r.Estimate, y - DiamondHalfHeight)];
                var poly = plot.Add.Polygon(diamond);
                poly.FillColor = bySubgroup && !r.Label.StartsWith("Subtotal", StringComparison.Ordinal) ? Colors.Black : Colors.DimGray;
                poly.LineColor = Colors.Black;
                break;
            case ForestRowKind.Prediction:
                var pi = plot.Add.Line(r.Lower, y, r.Upper, y);
                pi.Color = Colors.Black;
                pi.LineWidth = 2;
                pi.LinePattern = LinePattern.Dotted;
                break;
            case ForestRowKind.Header:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(r), r.Kind, "unknown forest row kind");
        }
    }

    private static string Num(double x) => x.ToString(Math.Abs(x) >= 100 ? "F0" : "F2", CultureInfo.InvariantCulture);
}
