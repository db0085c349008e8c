using Spinewise.Domain.Grading;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Conflicts;

/// <summary>Two or more guidelines taking the same direction on an intervention for a pain type.</summary>
/// <param name="Intervention">The intervention.</param>
/// <param name="PainType">The pain type.</param>
/// <param name="Stance">The shared direction (for or against).</param>
/// <param name="Positions">The positions that agree, from at least two guidelines.</param>
public sealed record Agreement(InterventionId Intervention, PainType PainType, Stance Stance, IReadOnlyList<GuidelinePosition> Positions);
