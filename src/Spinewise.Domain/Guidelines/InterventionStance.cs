using Spinewise.Domain.Grading;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Guidelines;

/// <summary>The stance a recommendation takes toward one intervention (or one variant of it) that it names.</summary>
/// <param name="Intervention">Vocabulary id of the intervention.</param>
/// <param name="Variant">Variant id inside the intervention, when the recommendation is about a sub-type.</param>
/// <param name="Stance">The direction the recommendation takes toward it.</param>
/// <param name="Note">Why that stance was read from the statement, when it is not obvious.</param>
/// <param name="Verification">How sure the mapping of the published wording onto this intervention is.</param>
public sealed record InterventionStance(InterventionId Intervention, string? Variant, Stance Stance, string? Note, Sources.Verification Verification = Sources.Verification.Verified)
{
    /// <summary>
    /// The way the stance points, <see cref="Grading.Stance.For"/> or <see cref="Grading.Stance.Against"/>, whether
    /// it is firm or conditional (a GRADE conditional recommendation is for or against); <see langword="null"/> when it
    /// takes no side (insufficient evidence, not addressed).
    /// </summary>
    public Stance? Direction => Stance switch
    {
        Stance.For or Stance.Conditional => Stance.For,
        Stance.Against or Stance.ConditionalAgainst => Stance.Against,
        _ => null,
    };

    /// <summary>True for a conditional recommendation, for or against.</summary>
    public bool IsConditional => Stance is Stance.Conditional or Stance.ConditionalAgainst;
}
