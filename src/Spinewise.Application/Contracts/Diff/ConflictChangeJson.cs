namespace Spinewise.Application.Contracts.Diff;

/// <summary>A conflict (for one intervention) that appears, disappears, or whose applicability differs.</summary>
/// <param name="Intervention">The intervention id.</param>
/// <param name="Change">Added, removed or changed.</param>
/// <param name="PainType">The pain type of the conflict.</param>
/// <param name="Kind">Direction or strength.</param>
/// <param name="Recommendations">The recommendation ids on both sides, in order.</param>
/// <param name="AppliesBefore">The earlier applicability; null when added.</param>
/// <param name="AppliesAfter">The later applicability; null when removed.</param>
public sealed record ConflictChangeJson(
    string Intervention, ChangeKind Change, string PainType, string Kind, IReadOnlyList<string> Recommendations, string? AppliesBefore, string? AppliesAfter);
