using Spinewise.Domain.Conflicts;

namespace Spinewise.Domain.Decisions;

/// <summary>One guideline position on an intervention, and whether it applies to the patient, with why.</summary>
/// <param name="Position">The recommendation's stance, grading and source.</param>
/// <param name="Applies">Yes, no or unknown.</param>
/// <param name="Why">The reasons, in words (population, pain type, duration, conditions).</param>
public sealed record RecommendationFit(GuidelinePosition Position, Applicability Applies, string Why);
