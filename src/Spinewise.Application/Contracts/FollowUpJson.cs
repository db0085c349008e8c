namespace Spinewise.Application.Contracts;

/// <summary>A trial's follow-up point.</summary>
/// <param name="Label">The point as published.</param>
/// <param name="Months">Months after treatment, when one number.</param>
/// <param name="Primary">True for the primary end point.</param>
public sealed record FollowUpJson(string Label, int? Months, bool Primary);
