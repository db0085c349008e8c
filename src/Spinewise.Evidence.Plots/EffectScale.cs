using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;
using Spinewise.Evidence.EffectSizes;

namespace Spinewise.Evidence.Plots;

/// <summary>The x axis of effect plots: the analysis scale, labelled back-transformed (exp) for ratio measures.</summary>
public static class EffectScale
{
    private static readonly double[] RatioTicks = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100];

    /// <summary>Measures whose yi are on the log scale, shown back-transformed with exp().</summary>
    /// <param name="measure">The escalc measure, or null when yi/vi were given.</param>
    /// <returns>True for RR, OR, PETO, IRR and ROM.</returns>
    public static bool IsRatio(EffectMeasure? measure) =>
        measure is EffectMeasure.RR or EffectMeasure.OR or EffectMeasure.PETO or EffectMeasure.IRR or EffectMeasure.ROM;

    /// <summary>The x-axis label: the measure (with "log scale" for ratios), or "Effect size".</summary>
    /// <param name="measure">The escalc measure, or null.</param>
    /// <returns>The label.</returns>
    public static string Label(EffectMeasure? measure) =>
        IsRatio(measure) ? $"{measure} (log scale)" : measure?.ToString() ?? "Effect size";

    internal static void Apply(Plot plot, double min, double max, EffectMeasure? measure, double extraRight = 0)
    {
        double pad = (max - min) * 0.05;
        plot.Axes.SetLimitsX(min - pad, max + pad + extraRight);
        plot.Axes.Bottom.Label.Text = Label(measure);
        if (!IsRatio(measure)) return;
        var ticks = new NumericManual();
        foreach (var t in RatioTicks.Where(t => Math.Log(t) >= min - pad && Math.Log(t) <= max + pad))
        {
            ticks.AddMajor(Math.Log(t), t.ToString("0.##", CultureInfo.InvariantCulture));
        }

        plot.Axes.Bottom.TickGenerator = ticks;
    }
}
