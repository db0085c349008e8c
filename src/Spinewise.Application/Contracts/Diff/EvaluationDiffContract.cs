namespace Spinewise.Application.Contracts.Diff;

/// <summary>What changed between two evaluations of one case (e.g. a stored one and its replay on the knowledge loaded now).</summary>
/// <param name="CaseId">The case id (of the later evaluation).</param>
/// <param name="KnowledgeVersionBefore">The knowledge version of the earlier evaluation.</param>
/// <param name="KnowledgeVersionAfter">The knowledge version of the later evaluation.</param>
/// <param name="Changed">True when any entry below is listed.</param>
/// <param name="Interventions">Interventions whose status changed (or that appear or disappear).</param>
/// <param name="Recommendations">Recommendations added, removed, or whose stance or applicability changed, per intervention.</param>
/// <param name="Conflicts">Conflicts added or removed (or whose applicability changed), per intervention.</param>
/// <param name="AskNext">Questions added or removed.</param>
public sealed record EvaluationDiffContract(
    string CaseId, string KnowledgeVersionBefore, string KnowledgeVersionAfter, bool Changed,
    IReadOnlyList<StatusChangeJson> Interventions, IReadOnlyList<RecommendationChangeJson> Recommendations,
    IReadOnlyList<ConflictChangeJson> Conflicts, IReadOnlyList<QuestionChangeJson> AskNext);
