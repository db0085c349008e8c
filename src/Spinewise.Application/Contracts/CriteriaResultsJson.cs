namespace Spinewise.Application.Contracts;

/// <summary>
/// An intervention's selection criteria by their result for the case, each list in the knowledge's order. Each
/// criterion's role, statement, test and source are the intervention's (<c>/api/interventions/{id}</c>).
/// </summary>
/// <param name="Met">The criteria the case meets.</param>
/// <param name="NotMet">The criteria the case shows are not met.</param>
/// <param name="Unknown">The criteria the case does not tell.</param>
public sealed record CriteriaResultsJson(IReadOnlyList<string> Met, IReadOnlyList<string> NotMet, IReadOnlyList<string> Unknown);
