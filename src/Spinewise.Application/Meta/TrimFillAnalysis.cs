using Spinewise.Evidence.PublicationBias;

namespace Spinewise.Application.Meta;

/// <summary>A trim-and-fill result with the funnel plot asked for.</summary>
/// <param name="Result">The engine's result (its <c>Model</c> is the fit on observed then filled studies).</param>
/// <param name="FunnelImage">The funnel plot, or null when not asked.</param>
public sealed record TrimFillAnalysis(TrimFillResult Result, byte[]? FunnelImage);
