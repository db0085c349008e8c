using Spinewise.Domain.Decisions;

namespace Spinewise.Application.Contracts;

/// <summary>
/// Recommendations that concern this patient in the same way for the same reasons: whether they apply and why, once,
/// with the recommendations it holds for. Their grading, statement and source are the knowledge's
/// (<c>/api/recommendations</c>, <c>/api/guidelines/{id}</c> for the answer's knowledge version).
/// </summary>
/// <param name="Applies">Whether they concern this patient: yes, no or unknown.</param>
/// <param name="Why">The reasons, in words.</param>
/// <param name="Recommendations">The recommendation ids, in id order.</param>
public sealed record ApplicabilityGroupJson(Applicability Applies, string Why, IReadOnlyList<string> Recommendations);
