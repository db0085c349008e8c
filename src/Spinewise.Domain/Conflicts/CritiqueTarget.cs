namespace Spinewise.Domain.Conflicts;

/// <summary>What a critique is aimed at: a guideline, a recommendation or an evidence synthesis.</summary>
/// <param name="Kind">guideline, recommendation or synthesis.</param>
/// <param name="Id">The target's id.</param>
public sealed record CritiqueTarget(string Kind, string Id);
