using System.Text.Json.Serialization;
using Spinewise.Application.Internal;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Grading;

namespace Spinewise.Application.Contracts;

/// <summary>
/// A guideline recommendation as graded by its guideline, and whether it applies to this patient and why. Absent
/// fields are ones the guideline does not give. The statement is the knowledge's (<c>/api/recommendations</c>).
/// </summary>
/// <param name="Guideline">The guideline id.</param>
/// <param name="Strength">Strength on the common scale, when the guideline's scheme maps it.</param>
/// <param name="StrengthAsPublished">Strength in the guideline's words.</param>
/// <param name="Grade">Grade as published.</param>
/// <param name="Level">Evidence level, normalised.</param>
/// <param name="LevelAsPublished">Evidence level as published, when it differs from <paramref name="Level"/>.</param>
/// <param name="Certainty">Certainty as published.</param>
/// <param name="CertaintyNormalised">Certainty on the common scale, when the label maps to it.</param>
/// <param name="Applies">Whether it concerns this patient: yes, no or unknown.</param>
/// <param name="Why">The reasons, in words.</param>
/// <param name="Source">The source reference (a key of the answer's <c>sources</c>).</param>
public sealed record CaseRecommendationJson(
    string Guideline,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] StrengthLevel? Strength,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StrengthAsPublished,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Grade,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Level,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? LevelAsPublished,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Certainty,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Certainty? CertaintyNormalised,
    Applicability Applies,
    string Why,
    string Source)
{
    internal static CaseRecommendationJson From(AnswerSources sources, RecommendationFit fit)
    {
        var p = fit.Position;
        var r = p.Recommendation;
        return new CaseRecommendationJson(
            p.Guideline.Id.Value, r.Details.StrengthNormalised, r.Details.StrengthAsPublished, r.Grade, r.Level,
            r.LevelAsPublished == r.Level ? null : r.LevelAsPublished, r.Certainty ?? r.Details.CertaintyAsPublished, r.CertaintyNormalised,
            fit.Applies, fit.Why, sources.Key(r.Source));
    }
}
