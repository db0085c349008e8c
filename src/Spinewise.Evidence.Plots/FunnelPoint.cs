namespace Spinewise.Evidence.Plots;

/// <summary>A study drawn on a funnel plot.</summary>
/// <param name="Yi">Effect size (analysis scale).</param>
/// <param name="Vi">Sampling variance.</param>
public readonly record struct FunnelPoint(double Yi, double Vi);
