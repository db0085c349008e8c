using MathNet.Numerics.Distributions;
using ScottPlot;
using Spinewise.Evidence.EffectSizes;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Plots.Internal;

namespace Spinewise.Evidence.Plots;

/// <summary>Funnel plot: effect sizes against standard errors (inverted), pseudo-confidence region around the pooled estimate,
/// and filled (imputed) studies from trim-and-fill when given.</summary>
public static class FunnelPlot
{
    /// <summary>Renders the funnel plot of a fit.</summary>
    /// <param name="measure">The escalc measure (ratio measures are labelled back-transformed), or null.</param>
    /// <param name="fit">The model whose estimate centres the funnel; with trim and fill, the model on observed then filled studies.</param>
    /// <param name="filled">The filled studies, which are the last entries of <paramref name="fit"/>'s yi and vi; null or empty without.</param>
    /// <param name="size">Width, height and DPI asked for (height 600 px by default).</param>
    /// <param name="format">SVG or PNG.</param>
    /// <returns>The image: UTF-8 SVG text or PNG bytes.</returns>
    public static byte[] Render(EffectMeasure? measure, RmaResult fit, IReadOnlyList<FunnelPoint>? filled, PlotSize size, PlotFormat format)
    {
        ArgumentNullException.ThrowIfNull(fit);
        int observed = fit.Yi.Count - (filled?.Count ?? 0);
        var plot = new Plot();
        double beta = fit.Beta[0];
        double z = Normal.InvCDF(0, 1, 1 - (fit.Options.Alpha / 2));
        var sei = fit.Vi.Select(Math.Sqrt).ToList();
        double seMax = sei.Max() * 1.05;
        Coordinates[] region = [new(beta, 0), new(beta - (z * seMax), seMax), new(beta + (z * seMax), seMax)];
        var funnel = plot.Add.Polygon(region);
        funnel.FillColor = Colors.LightGray.WithAlpha(0.5);
        funnel.LineColor = Colors.Gray;
        var center = plot.Add.Line(beta, 0, beta, seMax);
        center.Color = Colors.Black;
        var studies = plot.Add.ScatterPoints(fit.Yi.Take(observed).ToArray(), fit.Vi.Take(observed).Select(Math.Sqrt).ToArray());
        studies.Color = Colors.Black;
        studies.MarkerSize = 8;
        var xs = fit.Yi.Take(observed).ToList();
        if (filled is { Count: > 0 })
        {
            var imputed = plot.Add.ScatterPoints(filled.Select(f => f.Yi).ToArray(), filled.Select(f => Math.Sqrt(f.Vi)).ToArray());
            imputed.MarkerShape = MarkerShape.OpenCircle;
            imputed.Color = Colors.Black;
            imputed.MarkerSize = 8;
            imputed.LegendText = "filled (trim and fill)";
            studies.LegendText = "studies";
            xs.AddRange(filled.Select(f => f.Yi));
            plot.ShowLegend();
        }

        double min = Math.Min(xs.Min(), beta - (z * seMax)), max = Math.Max(xs.Max(), beta + (z * seMax));
        EffectScale.Apply(plot, min, max, measure);
        plot.Axes.SetLimitsY(seMax, 0);
        plot.Axes.Left.Label.Text = "Standard error";
        plot.Title("Funnel plot");
        return PlotImage.Render(plot, 600, size, format);
    }
}
