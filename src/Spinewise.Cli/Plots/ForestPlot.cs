using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;
using Spinewise.Cli.Commands.Meta;
using Spinewise.Evidence.Models;

namespace Spinewise.Cli.Plots;

/// <summary>Forest plot: study estimates with CIs (square size by weight), subgroup and summary diamonds, prediction interval.</summary>
internal static class ForestPlot
{
    private const double DiamondHalfHeight = 0.35;

    public static void Save(string path, StudyData data, RmaResult fit, RmaPrediction? prediction, SubgroupResult? sub, PlotSize size)
    {
        var rows = ForestRows.Build(data, fit, prediction, sub);
        bool ratio = MeasureColumns.IsRatio(data.Measure);
        Func<double, double> tr = ratio ? Math.Exp : x => x;
        var plot = new Plot();
        var ticks = new NumericManual();
        var color = Colors.Black;
        int n = rows.Count;
        double maxWeight = rows.Where(r => r.Kind == ForestRowKind.Study && !double.IsNaN(r.Weight)).Select(r => r.Weight).DefaultIfEmpty(1).Max();
        var finite = rows.Where(r => r.Kind != ForestRowKind.Header).SelectMany(r => new[] { r.Lower, r.Upper }).Where(double.IsFinite).ToList();
        double min = Math.Min(finite.Min(), 0), max = Math.Max(finite.Max(), 0);
        for (int i = 0; i < n; i++)
        {
            var r = rows[i];
            double y = n - i;
            ticks.AddMajor(y, r.Label);
            switch (r.Kind)
            {
                case ForestRowKind.Study:
                    var ci = plot.Add.Line(r.Lower, y, r.Upper, y);
                    ci.Color = color;
                    ci.LineWidth = 1.5f;
                    float markerSize = (float)(5 + (9 * Math.Sqrt((double.IsNaN(r.Weight) ? 0 : r.Weight) / maxWeight)));
                    plot.Add.Marker(r.Estimate, y, MarkerShape.FilledSquare, markerSize, color);
                    break;
                case ForestRowKind.Summary:
                    Coordinates[] diamond = [new(r.Lower, y), new(r.Estimate, y + DiamondHalfHeight), new(r.Upper, y), new(r.Estimate, y - DiamondHalfHeight)];
                    var poly = plot.Add.Polygon(diamond);
                    poly.FillColor = sub is not null && !r.Label.StartsWith("Subtotal", StringComparison.Ordinal) ? Colors.Black : Colors.DimGray;
                    poly.LineColor = Colors.Black;
                    break;
                case ForestRowKind.Prediction:
                    var pi = plot.Add.Line(r.Lower, y, r.Upper, y);
                    pi.Color = Colors.Black;
                    pi.LineWidth = 2;
                    pi.LinePattern = LinePattern.Dotted;
                    break;
                default:
                    break;
            }

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
        EffectScale.Apply(plot, min, max, ratio, ratio ? $"{data.Measure} (log scale)" : data.Measure?.ToString() ?? "Effect size", (max - min) * 0.75);
        plot.Grid.IsVisible = false;
        plot.Title(sub is null ? "Forest plot" : "Forest plot by subgroup");
        PlotFile.Save(plot, path, 140 + (n * 26), size);
    }

    private static string Num(double x) => x.ToString(Math.Abs(x) >= 100 ? "F0" : "F2", CultureInfo.InvariantCulture);
}
