using Spinewise.Evidence.EffectSizes;

namespace Spinewise.Evidence.Plots;

/// <summary>What a league-table heat map shows and how.</summary>
/// <param name="SmallerIsBetter">Whether lower values of the outcome are better (e.g. HbA1c change, pain score); sets which colour means "row better".</param>
public sealed record NetworkLeagueOptions(bool SmallerIsBetter)
{
    /// <summary>The effect measure; for a ratio measure (<see cref="EffectScale.IsRatio"/>) the cells are written back-transformed and the null value is 1.</summary>
    public EffectMeasure? Measure { get; init; }

    /// <summary>The treatments in row and column order (every treatment of the contrasts, once); null for the order they first appear in.</summary>
    public IReadOnlyList<string>? Order { get; init; }

    /// <summary>The confidence level of the intervals, in percent, for the legend (the limits come with the contrasts).</summary>
    public double Level { get; init; } = 95;

    /// <summary>The title; null for "League table: row minus column".</summary>
    public string? Title { get; init; }
}
