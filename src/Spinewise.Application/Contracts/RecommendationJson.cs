using Spinewise.Domain;
using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;

namespace Spinewise.Application.Contracts;

/// <summary>A recommendation as written in JSON (the contract of <c>spinewise recommendations --json</c>).</summary>
public sealed record RecommendationJson(
    string Id,
    string Guideline,
    string Topic,
    string TopicTitle,
    string Statement,
    RecommendationKind Kind,
    IReadOnlyList<string> Interventions,
    IReadOnlyList<StanceJson> Stances,
    IReadOnlyList<string> Conditions,
    string? Population,
    string? Grade,
    string? Level,
    string? LevelAsPublished,
    string? Certainty,
    Certainty? CertaintyNormalised,
    CertaintyVocabulary? CertaintyVocabulary,
    Stance Stance,
    string? Note,
    SourceJson Source)
{
    internal static RecommendationJson From(KnowledgeBase kb, Recommendation r)
    {
        var guideline = kb.FindGuideline(r.Guideline)!;
        var scheme = kb.SchemeOf(guideline);
        var certainty = r.Certainty is null ? null : scheme.FindCertainty(r.Certainty);
        return new RecommendationJson(
            r.Id.Value, r.Guideline.Value, r.TopicId, guideline.FindTopic(r.TopicId)?.Title ?? r.TopicId, r.Statement, r.Kind,
            r.Interventions.Select(i => i.Intervention.Value).Distinct().ToList(),
            r.Interventions.Select(i => new StanceJson(i.Intervention.Value, i.Variant, i.Stance, i.Note)).ToList(),
            r.Conditions.Select(c => c.Value).ToList(), r.Population, r.Grade, r.Level, r.LevelAsPublished, r.Certainty,
            r.CertaintyNormalised, certainty?.Vocabulary, r.Stance, r.Note, SourceJson.From(kb, r.Source, r.Guideline.Value));
    }
}

/// <summary>The stance toward one named intervention (or variant).</summary>
public sealed record StanceJson(string Intervention, string? Variant, Stance Stance, string? Note);
