using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;
using Spinewise.Evidence.Plots.Internal;

namespace Spinewise.Evidence.Plots;

/// <summary>
/// A horizontal bar chart of counts by category (e.g. a procedure's patients by status in a screening summary): one bar
/// per category in the order given, top to bottom, each with its count and share written beside it, colours from the
/// Okabe–Ito palette.
/// </summary>
public static class CountChart
{
    private const int RowHeight = 34;

    /// <summary>Renders the chart.</summary>
    /// <param name="title">The chart's title.</param>
    /// <param name="bars">The categories with their counts (at least one; none negative).</param>
    /// <param name="axisLabel">What is counted (<c>Patients</c>), under the axis.</param>
    /// <param name="size">Width, height and DPI asked for (900 px wide, height from the bars by default).</param>
    /// <param name="format">SVG or PNG.</param>
    /// <returns>The image: UTF-8 SVG text or PNG bytes.</returns>
    /// <exception cref="ArgumentException">No bars, or a negative count.</exception>
    public static byte[] Render(string title, IReadOnlyList<CountBar> bars, string axisLabel, PlotSize size, PlotFormat format)
    {
        ArgumentNullException.ThrowIfNull(bars);
        if (bars.Count == 0)
        {
            throw new ArgumentException("A count chart needs at least one bar.", nameof(bars));
        }

        if (bars.FirstOrDefault(b => b.Count < 0) is { } negative)
        {
            throw new ArgumentException($"The count of '{negative.Label}' is {negative.Count.ToString(CultureInfo.InvariantCulture)}; counts cannot be negative.", nameof(bars));
        }

        var plot = new Plot();
        var ticks = new NumericManual();
        long total = bars.Sum(b => b.Count);
        long most = Math.Max(bars.Max(b => b.Count), 1);
        var drawn = new List<Bar>();
        for (int i = 0; i < bars.Count; i++)
        {
            double y = bars.Count - i;
            ticks.AddMajor(y, bars[i].Label);
            string share = total == 0 ? "0 %" : (100.0 * bars[i].Count / total).ToString("0.#", CultureInfo.InvariantCulture) + " %";
            drawn.Add(new Bar
            {
                Position = y,
                Value = bars[i].Count,
                FillColor = OkabeIto.Areas[i % OkabeIto.Areas.Length],
                LineWidth = 0,
                Label = $"{bars[i].Count.ToString("N0", CultureInfo.InvariantCulture)} ({share})",
                Size = 0.7,
            });
        }

        var series = plot.Add.Bars(drawn);
        series.Horizontal = true;
        series.ValueLabelStyle.FontSize = 13;
        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsX(0, most * 1.5); // room for the count and share written after the longest bar
        plot.Axes.SetLimitsY(0.4, bars.Count + 0.6);
        plot.Axes.Bottom.Label.Text = axisLabel;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.Title(title);
        return PlotImage.Render(plot, 90 + (RowHeight * bars.Count), size, format);
    }
}
