using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Spinewise.Cli.Plots;

/// <summary>The x axis of effect plots: the analysis scale, labelled back-transformed (exp) for ratio measures.</summary>
internal static class EffectScale
{
    private static readonly double[] RatioTicks = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100];

    public static void Apply(Plot plot, double min, double max, bool ratio, string label, double extraRight = 0)
    {
        double pad = (max - min) * 0.05;
        plot.Axes.SetLimitsX(min - pad, max + pad + extraRight);
        plot.Axes.Bottom.Label.Text = label;
        if (!ratio) return;
        var ticks = new NumericManual();
        foreach (var t in RatioTicks.Where(t => Math.Log(t) >= min - pad && Math.Log(t) <= max + pad))
        {
            ticks.AddMajor(Math.Log(t), t.ToString("0.##", CultureInfo.InvariantCulture));
        }

        plot.Axes.Bottom.TickGenerator = ticks;
    }
}
