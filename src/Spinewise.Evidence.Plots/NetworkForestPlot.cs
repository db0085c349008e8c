using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;
using Spinewise.Evidence.Network;
using Spinewise.Evidence.Plots.Internal;

namespace Spinewise.Evidence.Plots;

/// <summary>
/// Forest plot of a network: every treatment against the reference (treatment minus reference), with its confidence
/// interval as a black line and, when the fit has one, its prediction interval as a thinner grey line beneath; the null
/// line at 0 (1 on a ratio scale) and the estimates written in a column on the right.
/// </summary>
public static class NetworkForestPlot
{
    private static readonly Color PredictionColor = Color.FromHex("#8C8C8C");

    /// <summary>Renders the forest plot of the contrasts that involve the reference.</summary>
    /// <param name="contrasts">Network contrasts, e.g. <see cref="NetworkRanking.Pairwise"/>; those without the reference are left out,
    /// and <c>reference - X</c> is turned round to <c>X - reference</c>.</param>
    /// <param name="options">Reference, axis label, scale and order.</param>
    /// <param name="size">Width, height and DPI asked for (900 px wide, height from the rows by default).</param>
    /// <param name="format">SVG or PNG.</param>
    /// <returns>The image: UTF-8 SVG text or PNG bytes.</returns>
    /// <exception cref="ArgumentException">No contrasts, none with the reference, a treatment twice, or a value that is not finite.</exception>
    public static byte[] Render(IReadOnlyList<NetworkContrast> contrasts, NetworkForestOptions options, PlotSize size, PlotFormat format)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(size);
        if (!(options.Level > 0 && options.Level < 100))
        {
            throw new ArgumentException($"The confidence level is {options.Level.ToString(CultureInfo.InvariantCulture)}; it must be a percentage between 0 and 100.", nameof(options));
        }

        var rows = Rows(contrasts, options);
        bool ratio = EffectScale.IsRatio(options.Measure);
        Func<double, double> shown = ratio ? Math.Exp : x => x;
        bool predictions = rows.Any(ContrastCheck.HasPrediction);
        var limits = rows.SelectMany(r => predictions && ContrastCheck.HasPrediction(r) ? [r.CiLb, r.CiUb, r.PiLb, r.PiUb] : new[] { r.CiLb, r.CiUb }).ToList();
        double min = Math.Min(limits.Min(), 0), max = Math.Max(limits.Max(), 0);
        double span = max - min, column = max + (span * 0.08);
        var plot = new Plot();
        var ticks = new NumericManual();
        int n = rows.Count;
        string level = options.Level.ToString("0.##", CultureInfo.InvariantCulture);
        for (int i = 0; i < n; i++)
        {
            var r = rows[i];
            double y = n - i;
            ticks.AddMajor(y, r.Treatment1);
            if (ContrastCheck.HasPrediction(r))
            {
                var pi = plot.Add.Line(r.PiLb, y, r.PiUb, y);
                pi.Color = PredictionColor;
                pi.LineWidth = 1.5f;
            }

            var ci = plot.Add.Line(r.CiLb, y, r.CiUb, y);
            ci.Color = Colors.Black;
            ci.LineWidth = 2.5f;
            plot.Add.Marker(r.Pred, y, MarkerShape.FilledSquare, 10, Colors.Black);
            Column(plot, $"{Num(shown(r.Pred))} [{Num(shown(r.CiLb))}, {Num(shown(r.CiUb))}]", column, y, false);
            if (predictions)
            {
                Column(plot, ContrastCheck.HasPrediction(r) ? $"[{Num(shown(r.PiLb))}, {Num(shown(r.PiUb))}]" : "–", column + (span * 0.62), y, false);
            }
        }

        Column(plot, $"Estimate [{level}% CI]", column, n + 0.85, true);
        if (predictions)
        {
            Column(plot, $"{level}% PI", column + (span * 0.62), n + 0.85, true);
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"{level}% confidence interval", LineColor = Colors.Black, LineWidth = 2.5f });
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"{level}% prediction interval", LineColor = PredictionColor, LineWidth = 1.5f });
            plot.ShowLegend(Edge.Bottom);
        }

        if (options.SmallerIsBetter is { } smallerIsBetter)
        {
            var (left, right) = smallerIsBetter ? ("treatment", options.Reference) : (options.Reference, "treatment");
            Favours(plot, $"← favours {left}", -span * 0.02, Alignment.MiddleRight);
            Favours(plot, $"favours {right} →", span * 0.02, Alignment.MiddleLeft);
        }

        var zero = plot.Add.VerticalLine(0);
        zero.Color = Colors.Gray;
        zero.LinePattern = LinePattern.Dashed;
        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        double bottom = options.SmallerIsBetter is null ? 0.3 : -0.1;
        plot.Axes.SetLimitsY(bottom, n + 1.3);
        EffectScale.Apply(plot, min, max, options.Measure, span * (predictions ? 1.15 : 0.6));
        plot.Axes.Bottom.Label.Text = options.AxisLabel ?? EffectScale.Label(options.Measure);
        AxisUnderEstimates(plot, min - (span * 0.05), max + (span * 0.05), bottom, ratio);
        plot.Grid.IsVisible = false;
        plot.Title($"{options.Title ?? "Network estimates"}: each treatment vs {options.Reference}");
        int contentHeight = 170 + (n * 30) + (predictions ? 30 : 0) + (options.SmallerIsBetter is null ? 0 : 12);
        AxisLabelPlacement.CentreUnder(plot, min - (span * 0.05), max + (span * 0.05), contentHeight, size);
        return PlotImage.Render(plot, contentHeight, size, format);
    }

    /// <summary>Each treatment against the reference, checked, in the order asked.</summary>
    private static List<NetworkContrast> Rows(IReadOnlyList<NetworkContrast> contrasts, NetworkForestOptions options)
    {
        ContrastCheck.All(contrasts, nameof(contrasts));
        if (string.IsNullOrWhiteSpace(options.Reference))
        {
            throw new ArgumentException("The reference treatment is empty: the forest plot compares every treatment with it.", nameof(options));
        }

        var rows = new List<NetworkContrast>();
        foreach (var c in contrasts)
        {
            var r = c.Treatment2 == options.Reference ? c : c.Treatment1 == options.Reference ? ContrastCheck.Reverse(c) : null;
            if (r is null) continue;
            if (rows.Any(x => x.Treatment1 == r.Treatment1))
            {
                throw new ArgumentException($"'{r.Treatment1}' is compared with the reference '{options.Reference}' twice.", nameof(contrasts));
            }

            rows.Add(r);
        }

        if (rows.Count == 0)
        {
            var seen = contrasts.SelectMany(c => new[] { c.Treatment1, c.Treatment2 }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            throw new ArgumentException($"No contrast compares a treatment with the reference '{options.Reference}' (treatments in the contrasts: {string.Join(", ", seen)}).", nameof(options));
        }

        return options.Order == NetworkForestOrder.ByEstimate ? [.. rows.OrderBy(r => r.Pred).ThenBy(r => r.Treatment1, StringComparer.Ordinal)] : rows;
    }

    /// <summary>Ticks and the axis line under the estimates only, so that the axis does not run on beneath the text columns.</summary>
    private static void AxisUnderEstimates(Plot plot, double lo, double hi, double y, bool ratio)
    {
        if (!ratio)
        {
            var ticks = new NumericManual();
            double step = NiceStep((hi - lo) / 6);
            for (double t = Math.Ceiling(lo / step) * step; t <= hi + (step * 1e-9); t += step)
            {
                double v = Math.Abs(t) < step * 1e-9 ? 0 : t;
                ticks.AddMajor(v, v.ToString("0.###", CultureInfo.InvariantCulture));
            }

            plot.Axes.Bottom.TickGenerator = ticks;
        }

        plot.Axes.Bottom.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        var axis = plot.Add.Line(lo, y, hi, y);
        axis.Color = Colors.Black;
        axis.LineWidth = 1;
    }

    private static double NiceStep(double raw)
    {
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        return new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(s => s >= raw);
    }

    private static void Favours(Plot plot, string text, double x, Alignment alignment)
    {
        var label = plot.Add.Text(text, x, 0.35);
        label.LabelFontSize = 12;
        label.LabelItalic = true;
        label.LabelFontColor = Colors.DimGray;
        label.LabelAlignment = alignment;
    }

    private static void Column(Plot plot, string text, double x, double y, bool bold)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelFontSize = 13;
        label.LabelBold = bold;
        label.LabelAlignment = Alignment.MiddleLeft;
    }

    private static string Num(double x) => x.ToString(Math.Abs(x) >= 100 ? "F0" : "F2", CultureInfo.InvariantCulture);
}
