using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Sources;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Knowledge.Internal;

/// <summary>A recommendation as read, with the positions of its grading fields, checked against the guideline's scheme later.</summary>
internal sealed record RawRecommendation(
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
    string? Note,
    SourceRef Source,
    RecommendationDetails Details,
    Location At,
    Location GradeAt,
    Location LevelAt,
    Location LevelAsPublishedAt,
    Location CertaintyAt,
    Location StrengthAt);
