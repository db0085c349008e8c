namespace Spinewise.Evidence.Models;

/// <summary>An estimate with lower and upper confidence limits.</summary>
/// <param name="Estimate">Point estimate.</param>
/// <param name="Lower">ci.lb.</param>
/// <param name="Upper">ci.ub.</param>
public sealed record Interval(double Estimate, double Lower, double Upper);
