using Spinewise.Domain.Eligibility;

namespace Spinewise.Domain.Decisions;

/// <summary>A criterion and its result for a case.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Result">Met, not met or unknown.</param>
public readonly record struct CriterionOutcome(Criterion Criterion, Truth Result);
