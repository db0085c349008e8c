using System.Globalization;
using Spinewise.Domain.Evidence;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Web.Pages.Interventions;

/// <summary>
/// A synthesis' estimates drawn as points with confidence intervals on the scale of its minimal important difference
/// (Wang 2025: mean difference against sham in cm on a 10 cm VAS, MID 1.5 cm), with lines at no difference and at the
/// MID either way. Coordinates are computed here; the partial writes the SVG through Razor, which encodes every text.
/// </summary>
/// <param name="Synthesis">The synthesis.</param>
/// <param name="Mid">Its minimal important difference.</param>
/// <param name="Rows">One row per estimate.</param>
/// <param name="Min">Left end of the axis.</param>
/// <param name="Max">Right end of the axis.</param>
internal sealed record EstimateChart(EvidenceSynthesis Synthesis, MinimalImportantDifference Mid, IReadOnlyList<EstimateRow> Rows, double Min, double Max)
{
    public const double Width = 680;
    public const double PlotLeft = 290;
    public const double PlotRight = 660;
    public const double Top = 34;
    public const double RowHeight = 30;

    public double Height => Top + (Rows.Count * RowHeight) + 44;

    public double AxisY => Top + (Rows.Count * RowHeight) + 6;

    /// <summary>The x coordinate of a value.</summary>
    public double X(double value) => PlotLeft + ((value - Min) / (Max - Min) * (PlotRight - PlotLeft));

    /// <summary>Whole-number ticks along the axis.</summary>
    public IEnumerable<int> Ticks => Enumerable.Range((int)Math.Ceiling(Min), (int)Math.Floor(Max) - (int)Math.Ceiling(Min) + 1);

    /// <summary>A number for an SVG attribute (invariant culture, two decimals).</summary>
    public static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A number for people to read (a true minus sign).</summary>
    public static string Show(double value) => value.ToString("0.00", CultureInfo.InvariantCulture).Replace("-", "−", StringComparison.Ordinal);

    /// <summary>An estimate can be drawn when it has a value and interval on the scale its synthesis' MID is stated in.</summary>
    public static bool Drawable(EvidenceSynthesis synthesis, SynthesisEstimate e) =>
        synthesis.Mid is { } mid && e.Value is not null && e.Lower is not null && e.Upper is not null
        && string.Equals(e.Unit, mid.Unit, StringComparison.Ordinal) && string.Equals(e.Outcome, mid.Outcome, StringComparison.Ordinal);

    public static EstimateChart Build(EvidenceSynthesis synthesis, IReadOnlyList<SynthesisEstimate> estimates, Intervention intervention)
    {
        var mid = synthesis.Mid!;
        var rows = estimates.Select(e => new EstimateRow(e, e.Agent ?? intervention.Label)).ToList();
        var min = Math.Floor(Math.Min(-mid.Value - 0.5, estimates.Min(e => e.Lower!.Value)));
        var max = Math.Ceiling(Math.Max(mid.Value + 0.5, estimates.Max(e => e.Upper!.Value)));
        return new EstimateChart(synthesis, mid, rows, min, max);
    }
}

/// <summary>One estimate of a chart with the label it is drawn under.</summary>
/// <param name="Estimate">The estimate (value, interval and certainty present).</param>
/// <param name="Label">What was compared with sham (the agent, or the intervention).</param>
internal sealed record EstimateRow(SynthesisEstimate Estimate, string Label);
