using Spinewise.Evidence.Models;

namespace Spinewise.Application.Meta;

/// <summary>An rma.uni fit with what was computed on it, and the plots asked for.</summary>
/// <param name="Fit">The fit.</param>
/// <param name="Prediction">The prediction (intercept-only models), or null.</param>
/// <param name="Confint">The heterogeneity CIs, or null (equal effects, k &lt; 2).</param>
/// <param name="Subgroups">The subgroup analysis, or null.</param>
/// <param name="ForestImage">The forest plot asked for, or null.</param>
/// <param name="FunnelImage">The funnel plot asked for, or null.</param>
public sealed record RmaAnalysis(
    RmaResult Fit, RmaPrediction? Prediction, HeterogeneityIntervals? Confint, SubgroupResult? Subgroups, byte[]? ForestImage, byte[]? FunnelImage);
