using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;

namespace Spinewise.Web.Pages.Guidelines;

/// <summary>What the page of one guideline shows, computed once per knowledge version.</summary>
/// <param name="Guideline">The guideline.</param>
/// <param name="Scheme">Its grading scheme.</param>
/// <param name="Topics">Its recommendations grouped by topic, topics in published order; empty topics left out.</param>
/// <param name="Tables">Its published tables, in display order.</param>
internal sealed record GuidelineView(Guideline Guideline, GradingScheme Scheme, IReadOnlyList<TopicGroup> Topics, IReadOnlyList<GuidelineTable> Tables)
{
    /// <summary>The year of publication, from its citation.</summary>
    public int Year => Guideline.Citation.Year;

    /// <summary>The number of recommendations the knowledge holds for it.</summary>
    public int RecommendationCount => Guideline.Recommendations.Count;
}
