using Spinewise.Evidence.Plots;

namespace Spinewise.Application.Meta;

/// <summary>The plots a network run draws: each in the format given, or not at all when null.</summary>
/// <param name="Graph">The network graph (treatments, comparisons, multi-arm designs).</param>
/// <param name="Forest">The forest plot of every treatment vs the reference.</param>
/// <param name="League">The league-table heat map.</param>
public sealed record NetworkPlotRequest(PlotFormat? Graph, PlotFormat? Forest, PlotFormat? League);
