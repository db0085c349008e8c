using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Conflicts;

/// <summary>What one recommendation says about one intervention: the stance with the original grading beside it.</summary>
/// <param name="Guideline">The guideline.</param>
/// <param name="Recommendation">The recommendation.</param>
/// <param name="Stance">Its stance toward the intervention (and variant).</param>
/// <param name="Verification">The weaker of the recommendation's verification and that of the mapping onto the intervention.</param>
public sealed record GuidelinePosition(Guideline Guideline, Recommendation Recommendation, InterventionStance Stance, Verification Verification)
{
    /// <summary>Strength on the common scale, or <see langword="null"/> when the scheme gives none (ASPN grades are not strengths).</summary>
    public StrengthLevel? Strength => Recommendation.Details.StrengthNormalised;

    /// <summary>True for a strong recommendation for or against.</summary>
    public bool IsStrong => Strength == StrengthLevel.Strong && Stance.Stance is Grading.Stance.For or Grading.Stance.Against;

    /// <summary>True for a weak position: conditional (for or against), or evidence insufficient.</summary>
    public bool IsWeakOrInsufficient => Stance.IsConditional || Stance.Stance == Grading.Stance.Insufficient;
}
