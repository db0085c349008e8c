using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Evidence;

/// <summary>How a trial was designed.</summary>
/// <param name="Randomised">Whether allocation was randomised.</param>
/// <param name="Blinding">open-label, single-blind, double-blind or not-stated.</param>
/// <param name="Comparator">What the intervention was compared with.</param>
/// <param name="Multicentre">Whether it ran at several centres.</param>
/// <param name="Sponsor">Sponsor, when stated.</param>
/// <param name="Description">The design in words.</param>
/// <param name="Source">Where it is stated.</param>
public sealed record TrialDesign(bool Randomised, string Blinding, Comparator Comparator, bool Multicentre, string? Sponsor, string Description, SourceRef Source);
