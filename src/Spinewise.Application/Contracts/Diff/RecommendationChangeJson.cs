namespace Spinewise.Application.Contracts.Diff;

/// <summary>A recommendation (for one intervention and variant) whose presence, stance or applicability differs.</summary>
/// <param name="Intervention">The intervention id.</param>
/// <param name="Recommendation">The recommendation id.</param>
/// <param name="Variant">The variant the stance is about, if any.</param>
/// <param name="Change">Added, removed or changed.</param>
/// <param name="StanceBefore">The earlier stance; null when added.</param>
/// <param name="StanceAfter">The later stance; null when removed.</param>
/// <param name="AppliesBefore">The earlier applicability; null when added.</param>
/// <param name="AppliesAfter">The later applicability; null when removed.</param>
public sealed record RecommendationChangeJson(
    string Intervention, string Recommendation, string? Variant, ChangeKind Change, string? StanceBefore, string? StanceAfter,
    string? AppliesBefore, string? AppliesAfter);
