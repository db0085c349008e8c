using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Evidence;

/// <summary>An outcome a trial measured.</summary>
/// <param name="Name">Outcome name.</param>
/// <param name="Primary">True for a primary outcome.</param>
/// <param name="Source">Where it is stated.</param>
public sealed record TrialOutcome(string Name, bool Primary, SourceRef Source);
