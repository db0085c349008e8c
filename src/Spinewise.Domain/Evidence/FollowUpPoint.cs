namespace Spinewise.Domain.Evidence;

/// <summary>A scheduled follow-up of a trial.</summary>
/// <param name="Label">As published (e.g. "1 year (primary)").</param>
/// <param name="Months">Months from baseline, when a single number.</param>
/// <param name="Primary">True for the primary end point.</param>
public sealed record FollowUpPoint(string Label, int? Months, bool Primary);
