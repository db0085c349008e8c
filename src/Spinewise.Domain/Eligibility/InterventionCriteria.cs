using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Eligibility;

/// <summary>Every selection criterion sources state for one intervention, and the selection facts a case cannot express.</summary>
/// <param name="Intervention">The intervention.</param>
/// <param name="Criteria">Its criteria, in knowledge order.</param>
/// <param name="Notes">Selection facts that are not computable from a case.</param>
public sealed record InterventionCriteria(InterventionId Intervention, IReadOnlyList<Criterion> Criteria, IReadOnlyList<SourcedNote> Notes);
