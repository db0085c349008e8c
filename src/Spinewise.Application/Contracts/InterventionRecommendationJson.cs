using System.Text.Json.Serialization;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Grading;
using Spinewise.Domain.Sources;

namespace Spinewise.Application.Contracts;

/// <summary>A guideline recommendation's stance on one intervention; whether it applies is in the answer's <c>applicability</c>.</summary>
/// <param name="Id">The recommendation id.</param>
/// <param name="Stance">Its stance on this intervention.</param>
/// <param name="Variant">The intervention variant the stance is on, or absent for the whole intervention.</param>
/// <param name="Verification">
/// How far the recommendation and its mapping to this intervention are verified, when that is secondary or unverified;
/// absent when verified.
/// </param>
public sealed record InterventionRecommendationJson(
    string Id,
    Stance Stance,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Variant,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Verification? Verification)
{
    internal static InterventionRecommendationJson From(RecommendationFit fit) =>
        new(fit.Position.Recommendation.Id.Value, fit.Position.Stance.Stance, fit.Position.Stance.Variant,
            fit.Position.Verification == Domain.Sources.Verification.Verified ? null : fit.Position.Verification);
}
