namespace Spinewise.Domain.Decisions;

/// <summary>The answer for one case: each intervention's status, guideline stances and conflicts, and what to ask next.</summary>
/// <param name="KnowledgeVersion">Content hash of the knowledge that gave the answer.</param>
/// <param name="CaseId">The case.</param>
/// <param name="AsOf">The date the case was evaluated at.</param>
/// <param name="Interventions">Every intervention any source speaks to, in vocabulary order.</param>
/// <param name="AskNext">Unknown facts, most decisive first.</param>
public sealed record DecisionReport(
    KnowledgeVersion KnowledgeVersion,
    string CaseId,
    DateOnly AsOf,
    IReadOnlyList<InterventionAssessment> Interventions,
    IReadOnlyList<AskNextQuestion> AskNext);
