using Spinewise.Evidence.Plots;

namespace Spinewise.Application.Meta;

/// <summary>The plots an rma run draws: each in the format asked, or null for none. With plots, the plot-size options are accepted.</summary>
/// <param name="Forest">The forest plot's format, or null.</param>
/// <param name="Funnel">The funnel plot's format, or null.</param>
public sealed record RmaPlotRequest(PlotFormat? Forest, PlotFormat? Funnel);
