namespace Spinewise.Application.Contracts;

/// <summary>The filters of a recommendations query; each null when not given.</summary>
/// <param name="Guideline">A guideline id.</param>
/// <param name="Intervention">An intervention id, label or synonym.</param>
/// <param name="Condition">A condition id, label or synonym.</param>
/// <param name="Grade">A grade code of the guideline's (or any) grading scheme.</param>
public sealed record RecommendationFilters(string? Guideline, string? Intervention, string? Condition, string? Grade);
