using Spinewise.Domain.Grading;
using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Guidelines;

/// <summary>A clinical practice guideline with its publication facts, scope, grading scheme, topics and recommendations.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Title">Full title as published.</param>
/// <param name="ShortTitle">Short title used in summaries.</param>
/// <param name="Organisation">Authoring organisation.</param>
/// <param name="Authors">Authors in published order.</param>
/// <param name="Citation">Bibliographic facts.</param>
/// <param name="PublicationDates">Every publication date as published, with where it appears (sources may disagree).</param>
/// <param name="LastUpdated">Every "last updated" date as published, with where it appears.</param>
/// <param name="Scope">Scope and intended users, when the source gives them in that form.</param>
/// <param name="GradingScheme">Id of the grading scheme its recommendations use.</param>
/// <param name="Topics">Its sections, in order.</param>
/// <param name="Recommendations">Its recommendations, in published order.</param>
/// <param name="Notes">Further facts about the document (e.g. an erratum), each a sentence.</param>
/// <param name="Source">The primary source of the guideline's content in the knowledge.</param>
/// <param name="Details">Document type, method, panel, population, what it does not address, and how complete the knowledge of it is.</param>
public sealed record Guideline(
    GuidelineId Id,
    string Title,
    string ShortTitle,
    string Organisation,
    IReadOnlyList<string> Authors,
    Citation Citation,
    IReadOnlyList<DatedFact> PublicationDates,
    IReadOnlyList<DatedFact> LastUpdated,
    GuidelineScope? Scope,
    GradingSchemeId GradingScheme,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Recommendation> Recommendations,
    IReadOnlyList<string> Notes,
    SourceRef Source,
    GuidelineDetails Details)
{
    /// <summary>True when a source says the guideline does not address the intervention.</summary>
    /// <param name="intervention">Vocabulary id.</param>
    public bool DeclaresNotAddressed(Vocabulary.InterventionId intervention) => Details.NotAddressed.Any(n => n.Intervention == intervention);

    /// <summary>The topic with the given id, or <see langword="null"/>.</summary>
    /// <param name="topicId">Topic id.</param>
    public Topic? FindTopic(string topicId) => Topics.FirstOrDefault(t => t.Id == topicId);
}
