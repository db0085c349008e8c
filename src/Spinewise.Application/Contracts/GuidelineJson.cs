using Spinewise.Domain;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Sources;

namespace Spinewise.Application.Contracts;

/// <summary>A guideline's summary row as written by <c>spinewise guidelines --json</c>.</summary>
public sealed record GuidelineSummaryJson(
    string Id,
    string ShortTitle,
    string Title,
    string Organisation,
    int Year,
    string? Doi,
    string GradingScheme,
    int Topics,
    int Recommendations,
    int Tables,
    string DocumentType,
    RecommendationsStatus RecommendationsStatus,
    string? RecommendationsNote,
    Verification Verification)
{
    internal static GuidelineSummaryJson From(KnowledgeBase kb, Guideline g) => new(
        g.Id.Value, g.ShortTitle, g.Title, g.Organisation, g.Citation.Year, g.Citation.Doi, g.GradingScheme.Value,
        g.Topics.Count, g.Recommendations.Count, kb.TablesOf(g.Id).Count, g.Details.DocumentType, g.Details.RecommendationsStatus,
        g.Details.RecommendationsNote, g.Details.Verification);
}

/// <summary>A dated fact with where it appears.</summary>
public sealed record DatedFactJson(DateOnly Date, string AsPublished, SourceJson Source)
{
    internal static DatedFactJson From(KnowledgeBase kb, DatedFact fact) => new(fact.Date, fact.AsPublished, SourceJson.From(kb, fact.Source));
}
