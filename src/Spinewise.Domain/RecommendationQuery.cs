using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain;

/// <summary>A filter over recommendations; a <see langword="null"/> member does not filter.</summary>
/// <param name="Guideline">Only this guideline's recommendations.</param>
/// <param name="Intervention">Only recommendations naming this intervention.</param>
/// <param name="Grade">Only recommendations of this grade (compared exactly as the scheme spells it).</param>
/// <param name="Condition">Only recommendations naming this condition.</param>
public sealed record RecommendationQuery(
    GuidelineId? Guideline = null,
    InterventionId? Intervention = null,
    string? Grade = null,
    ConditionId? Condition = null)
{
    /// <summary>True when the recommendation passes every filter.</summary>
    /// <param name="recommendation">The recommendation to test.</param>
    public bool Matches(Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        return (Guideline is null || recommendation.Guideline == Guideline.Value)
            && (Intervention is null || recommendation.Names(Intervention.Value))
            && (Grade is null || string.Equals(recommendation.Grade, Grade, StringComparison.Ordinal))
            && (Condition is null || recommendation.Conditions.Contains(Condition.Value));
    }
}
