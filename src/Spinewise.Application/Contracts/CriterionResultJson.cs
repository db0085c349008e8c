using Spinewise.Domain;
using Spinewise.Domain.Eligibility;

namespace Spinewise.Application.Contracts;

/// <summary>A selection criterion's result for the case; its statement, test and source are the intervention's (<c>/api/interventions/{id}</c>).</summary>
/// <param name="Criterion">The criterion id.</param>
/// <param name="Role">Indication, prerequisite, contraindication, …</param>
/// <param name="Result">Met, not met or unknown for this case.</param>
public sealed record CriterionResultJson(string Criterion, CriterionRole Role, Truth Result);
