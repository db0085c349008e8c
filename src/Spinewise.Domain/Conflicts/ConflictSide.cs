using Spinewise.Domain.Guidelines;

namespace Spinewise.Domain.Conflicts;

/// <summary>One side of a conflict: a guideline and the positions it takes.</summary>
/// <param name="Guideline">The guideline.</param>
/// <param name="Positions">Its positions in the conflict.</param>
public sealed record ConflictSide(GuidelineId Guideline, IReadOnlyList<GuidelinePosition> Positions);
