namespace Spinewise.Application.Contracts;

/// <summary>How much a valid knowledge folder holds.</summary>
/// <param name="Guidelines">Guidelines.</param>
/// <param name="Topics">Topics over all guidelines.</param>
/// <param name="Recommendations">Recommendations.</param>
/// <param name="Tables">Guideline tables.</param>
/// <param name="Interventions">Intervention ids.</param>
/// <param name="Conditions">Condition ids.</param>
/// <param name="GradingSchemes">Grading schemes.</param>
/// <param name="Sources">Source documents.</param>
/// <param name="CriteriaInterventions">Interventions with selection criteria.</param>
/// <param name="Criteria">Selection criteria over all interventions.</param>
public sealed record KnowledgeCountsJson(
    int Guidelines, int Topics, int Recommendations, int Tables, int Interventions, int Conditions, int GradingSchemes, int Sources,
    int CriteriaInterventions, int Criteria);
