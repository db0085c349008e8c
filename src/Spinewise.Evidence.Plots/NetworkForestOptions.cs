using Spinewise.Evidence.EffectSizes;

namespace Spinewise.Evidence.Plots;

/// <summary>What a network forest plot shows and how.</summary>
/// <param name="Reference">The treatment every other is compared with; named in the title.</param>
/// <param name="AxisLabel">The x-axis label, e.g. "Mean difference (HbA1c %)"; null for <see cref="EffectScale.Label"/> of <see cref="Measure"/>.</param>
public sealed record NetworkForestOptions(string Reference, string? AxisLabel)
{
    /// <summary>The effect measure; a ratio measure (<see cref="EffectScale.IsRatio"/>) is drawn on the log scale, labelled and written back-transformed, with the null line at 1.</summary>
    public EffectMeasure? Measure { get; init; }

    /// <summary>Row order: by estimate (default) or as given.</summary>
    public NetworkForestOrder Order { get; init; } = NetworkForestOrder.ByEstimate;

    /// <summary>The confidence level of the intervals, in percent, for the column heading and legend (the limits come with the contrasts).</summary>
    public double Level { get; init; } = 95;

    /// <summary>Whether lower values of the outcome are better; when set, the two sides of the null line are marked
    /// "favours treatment" and "favours {reference}". Null (default) marks neither.</summary>
    public bool? SmallerIsBetter { get; init; }

    /// <summary>The first part of the title, before ": each treatment vs {reference}"; null for "Network estimates".</summary>
    public string? Title { get; init; }
}
