using System.Globalization;
using ScottPlot;
using Spinewise.Evidence.Network;
using Spinewise.Evidence.Plots.Internal;

namespace Spinewise.Evidence.Plots;

/// <summary>
/// League table as a heat map: the k × k table of pairwise differences, each cell row minus column with its estimate
/// and confidence interval, the treatment names on the diagonal. A cell's colour is z = estimate / SE, clipped at ±3:
/// blue where the row treatment is better, orange where the column treatment is better (which side is better is the
/// caller's <see cref="NetworkLeagueOptions.SmallerIsBetter"/>); the text is bold where the interval excludes the null.
/// </summary>
public static class NetworkLeagueTable
{
    private const double ZFull = 3;
    private const int CellWidth = 108;
    private const int CellHeight = 62;

    /// <summary>Renders the league table of all pairwise differences.</summary>
    /// <param name="pairwise">Every pair of treatments once, either way round, e.g. <see cref="NetworkRanking.Pairwise"/>.</param>
    /// <param name="options">Direction of benefit, scale and treatment order.</param>
    /// <param name="size">Width, height and DPI asked for (by default from the number of treatments).</param>
    /// <param name="format">SVG or PNG.</param>
    /// <returns>The image: UTF-8 SVG text or PNG bytes.</returns>
    /// <exception cref="ArgumentException">No contrasts, a pair missing or given twice, an order that does not match, or a value that is not finite.</exception>
    public static byte[] Render(IReadOnlyList<NetworkContrast> pairwise, NetworkLeagueOptions options, PlotSize size, PlotFormat format)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(size);
        if (!(options.Level > 0 && options.Level < 100))
        {
            throw new ArgumentException($"The confidence level is {options.Level.ToString(CultureInfo.InvariantCulture)}; it must be a percentage between 0 and 100.", nameof(options));
        }

        var table = LeagueCells.Of(pairwise, options.Order);
        int k = table.Treatments.Count;
        bool ratio = EffectScale.IsRatio(options.Measure);
        Func<double, double> shown = ratio ? Math.Exp : x => x;
        float font = FontSize(table, shown);
        var plot = new Plot();
        for (int r = 0; r < k; r++)
        {
            for (int c = 0; c < k; c++)
            {
                double left = c, top = k - r;
                var cell = table[r, c];
                if (cell is null)
                {
                    Box(plot, left, top, Color.FromHex("#D9D9D9"));
                    Write(plot, table.Treatments[r], left + 0.5, top - 0.5, font, bold: true, Colors.Black);
                    continue;
                }

                double z = cell.Pred / cell.Se;
                Box(plot, left, top, Colour(z, options.SmallerIsBetter));
                bool excludesNull = cell.CiLb > 0 || cell.CiUb < 0;
                var ink = DivergingColour.IsDark(z / ZFull) ? Colors.White : Colors.Black;
                Write(plot, $"{Num(shown(cell.Pred))}\n({Num(shown(cell.CiLb))}, {Num(shown(cell.CiUb))})", left + 0.5, top - 0.5, font, excludesNull, ink);
            }
        }

        Legend(plot, k, options, ratio);
        plot.Axes.SetLimits(-0.05, k + 0.05, -1.65, k + 0.05);
        plot.HideAxesAndGrid();
        plot.Title(options.Title ?? "League table: row minus column");
        int width = Math.Max(PlotSize.DefaultWidth, (k * CellWidth) + 40);
        int height = (int)Math.Round((width - 40) / (double)k * (k + 1.7) * CellHeight / CellWidth) + 60;
        return PlotImage.Render(plot, height, size.Width is null ? size with { Width = width } : size, format);
    }

    /// <summary>
    /// The colour key: a strip of swatches over z = estimate / SE of row minus column from −3 to +3, its ends named by
    /// which treatment they favour, and two lines saying how to read a cell.
    /// </summary>
    private static void Legend(Plot plot, int k, NetworkLeagueOptions options, bool ratio)
    {
        const int steps = 13;
        double width = Math.Min(k, 6) * 0.9, left = (k - width) / 2, step = width / steps;
        for (int i = 0; i < steps; i++)
        {
            double z = -ZFull + (2 * ZFull * (i + 0.5) / steps);
            var swatch = plot.Add.Rectangle(left + (i * step), left + ((i + 1) * step), -0.75, -0.45);
            swatch.FillColor = Colour(z, options.SmallerIsBetter);
            swatch.LineWidth = 0;
        }

        var frame = plot.Add.Rectangle(left, left + width, -0.75, -0.45);
        frame.FillColor = Colors.Transparent;
        frame.LineColor = Colors.Black;
        frame.LineWidth = 1;
        const float font = 12;
        Write(plot, "z ≤ −3", left, -0.92, font, false, Colors.Black, Alignment.UpperCenter);
        Write(plot, "0", left + (width / 2), -0.92, font, false, Colors.Black, Alignment.UpperCenter);
        Write(plot, "z ≥ +3", left + width, -0.92, font, false, Colors.Black, Alignment.UpperCenter);
        var (lowEnd, highEnd) = options.SmallerIsBetter ? ("row treatment better", "column treatment better") : ("column treatment better", "row treatment better");
        Write(plot, lowEnd, left - 0.1, -0.6, font, true, Ink(lowEnd), Alignment.MiddleRight);
        Write(plot, highEnd, left + width + 0.1, -0.6, font, true, Ink(highEnd), Alignment.MiddleLeft);
        string nullValue = ratio ? "1" : "0";
        string better = options.SmallerIsBetter ? "smaller values are better" : "larger values are better";
        string level = options.Level.ToString("0.##", CultureInfo.InvariantCulture);
        Write(plot, $"Colour: z = estimate / SE of row minus column ({better})", k / 2.0, -0.2, font, false, Colors.Black, Alignment.LowerCenter);
        Write(plot, $"Cell: row minus column{(ratio ? " (back-transformed)" : "")}, estimate ({level}% CI); bold: the CI excludes {nullValue}", k / 2.0, -1.3, font, false, Colors.Black, Alignment.UpperCenter);

        static Color Ink(string end) => Color.FromHex(end.StartsWith("row", StringComparison.Ordinal) ? "#1A4F85" : "#8A4304");
    }

    /// <summary>The cell colour for z of row minus column: blue where the row treatment is better, orange where the column is.</summary>
    private static Color Colour(double z, bool smallerIsBetter) => DivergingColour.At((smallerIsBetter ? z : -z) / ZFull);

    private static void Box(Plot plot, double left, double top, Color fill)
    {
        var box = plot.Add.Rectangle(left, left + 1, top - 1, top);
        box.FillColor = fill;
        box.LineColor = Colors.White;
        box.LineWidth = 1.5f;
    }

    private static void Write(Plot plot, string text, double x, double y, float size, bool bold, Color ink, Alignment align = Alignment.MiddleCenter)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelFontSize = size;
        label.LabelBold = bold;
        label.LabelFontColor = ink;
        label.LabelAlignment = align;
    }

    /// <summary>The cell font: 13 pt, smaller when the longest line (a name or a CI) would not fit the cell's width.</summary>
    private static float FontSize(LeagueCells table, Func<double, double> shown)
    {
        int k = table.Treatments.Count;
        int longest = table.Treatments.Max(t => t.Length);
        for (int r = 0; r < k; r++)
        {
            for (int c = 0; c < k; c++)
            {
                if (table[r, c] is { } cell) longest = Math.Max(longest, $"({Num(shown(cell.CiLb))}, {Num(shown(cell.CiUb))})".Length);
            }
        }

        return (float)Math.Clamp(CellWidth * 0.92 / (longest * 0.62), 7, 13);
    }

    /// <summary>Two decimals (none from 100 on), and no "-0.00" for a difference that rounds to zero.</summary>
    private static string Num(double x)
    {
        string format = Math.Abs(x) >= 100 ? "F0" : "F2";
        return (Math.Round(x, format == "F0" ? 0 : 2) == 0 ? 0 : x).ToString(format, CultureInfo.InvariantCulture);
    }
}
