using Spinewise.Domain.Grading;
using Spinewise.Domain.Sources;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Guidelines;

/// <summary>
/// One recommendation of a guideline, with the statement verbatim, its grading both normalised and as published,
/// the stance it takes toward each intervention it names, and its source.
/// </summary>
/// <param name="Id">Stable id, <c>guideline/topic/number</c>.</param>
/// <param name="Guideline">The guideline it belongs to.</param>
/// <param name="TopicId">Topic id inside the guideline.</param>
/// <param name="Statement">The statement exactly as published.</param>
/// <param name="Kind">What the recommendation is about.</param>
/// <param name="Interventions">Stances toward the interventions it names; the first is the primary one.</param>
/// <param name="Conditions">Conditions the statement names (empty when it names none).</param>
/// <param name="Population">The population phrase of the statement, verbatim, when it has one.</param>
/// <param name="Grade">Grade code of the guideline's scheme, or <see langword="null"/> when ungraded.</param>
/// <param name="Level">Evidence level, normalised (e.g. <c>I-B</c>), or <see langword="null"/>.</param>
/// <param name="LevelAsPublished">Evidence level exactly as published (e.g. <c>1-B</c>), or <see langword="null"/>.</param>
/// <param name="Certainty">Certainty label exactly as published (e.g. <c>Strong</c>), or <see langword="null"/>.</param>
/// <param name="CertaintyNormalised">Certainty on the common scale, or <see langword="null"/> when the label cannot be mapped.</param>
/// <param name="Note">Reading notes of the knowledge author, if any.</param>
/// <param name="Source">Where the recommendation is published.</param>
/// <param name="Details">Pain types, strength, published certainty wording and verification.</param>
public sealed record Recommendation(
    RecommendationId Id,
    GuidelineId Guideline,
    string TopicId,
    string Statement,
    RecommendationKind Kind,
    IReadOnlyList<InterventionStance> Interventions,
    IReadOnlyList<ConditionId> Conditions,
    string? Population,
    string? Grade,
    string? Level,
    string? LevelAsPublished,
    string? Certainty,
    Certainty? CertaintyNormalised,
    string? Note,
    SourceRef Source,
    RecommendationDetails Details)
{
    /// <summary>True when the recommendation concerns the pain type (a recommendation not restricted to one concerns all).</summary>
    /// <param name="painType">The pain type.</param>
    public bool Concerns(PainType painType) => Details.PainTypes.Count == 0 || Details.PainTypes.Contains(painType);

    /// <summary>The stance toward the primary (first named) intervention.</summary>
    public Stance Stance => Interventions.Count == 0 ? Stance.NotAddressed : Interventions[0].Stance;

    /// <summary>True when the recommendation names the intervention.</summary>
    /// <param name="intervention">Vocabulary id.</param>
    public bool Names(InterventionId intervention) => Interventions.Any(i => i.Intervention == intervention);

    /// <summary>The stance toward an intervention it names, or <see cref="Stance.NotAddressed"/> when it does not name it.</summary>
    /// <param name="intervention">Vocabulary id.</param>
    public Stance StanceToward(InterventionId intervention) =>
        Interventions.FirstOrDefault(i => i.Intervention == intervention)?.Stance ?? Stance.NotAddressed;
}
