using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Guidelines;

/// <summary>A date as a source publishes it, with where it appears; sources may disagree, so every one is kept.</summary>
/// <param name="Date">The date.</param>
/// <param name="AsPublished">The date text exactly as published (e.g. "October 23, 2024").</param>
/// <param name="Source">Where it appears.</param>
public sealed record DatedFact(DateOnly Date, string AsPublished, SourceRef Source);
