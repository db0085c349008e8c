using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Sources;

namespace Spinewise.Application.Contracts;

/// <summary>What the knowledge records about a guideline's reading: document type, verification, completeness, method, population.</summary>
/// <param name="DocumentType">Document type, e.g. <c>guideline</c>.</param>
/// <param name="Verification">How far the guideline's record is verified.</param>
/// <param name="RecommendationsStatus">Whether its recommendations were read completely.</param>
/// <param name="RecommendationsNote">A note on that, if any.</param>
/// <param name="Method">The grading method in words, if recorded.</param>
/// <param name="Panel">The panel in words, if recorded.</param>
/// <param name="Population">The population the guideline applies to, if recorded.</param>
/// <param name="NotAddressed">Interventions a source says the guideline does not address.</param>
public sealed record GuidelineDetailsJson(
    string DocumentType, Verification Verification, RecommendationsStatus RecommendationsStatus, string? RecommendationsNote, string? Method,
    string? Panel, GuidelinePopulationJson? Population, IReadOnlyList<NotAddressedEntryJson> NotAddressed)
{
    internal static GuidelineDetailsJson From(GuidelineDetails d) => new(
        d.DocumentType, d.Verification, d.RecommendationsStatus, d.RecommendationsNote, d.Method, d.Panel,
        d.Population is null ? null : GuidelinePopulationJson.From(d.Population),
        [.. d.NotAddressed.Select(n => new NotAddressedEntryJson(n.Intervention.Value, SourceRefJson.From(n.Source)))]);
}
