namespace Spinewise.Evidence.Plots;

/// <summary>One bar of a <see cref="CountChart"/>: a category and how many it holds.</summary>
/// <param name="Label">The category, as shown beside the bar.</param>
/// <param name="Count">How many (zero or more).</param>
public sealed record CountBar(string Label, long Count);
