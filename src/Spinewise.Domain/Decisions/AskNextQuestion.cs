using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Decisions;

/// <summary>An unknown fact worth asking for, with the interventions whose answer it bears on.</summary>
/// <param name="Key">The fact: <c>conditions.ID</c>, <c>flags.KEY</c>, <c>findings.KEY</c>, <c>history.ID</c>, <c>age</c>, <c>painType</c> or <c>painDurationMonths</c>.</param>
/// <param name="Question">A plain question that asks for it.</param>
/// <param name="Affects">Interventions whose undetermined status depends on it.</param>
/// <param name="Applicability">Interventions with a recommendation whose applicability depends on it.</param>
/// <param name="Criteria">Ids of the criteria it appears in.</param>
public sealed record AskNextQuestion(
    string Key,
    string Question,
    IReadOnlyList<InterventionId> Affects,
    IReadOnlyList<InterventionId> Applicability,
    IReadOnlyList<string> Criteria);
