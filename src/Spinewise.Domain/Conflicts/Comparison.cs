using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Conflicts;

/// <summary>Every guideline's position on one intervention, the conflicts among them with their reasons, and the agreements.</summary>
/// <param name="Intervention">The intervention.</param>
/// <param name="PainTypes">The pain types compared.</param>
/// <param name="Positions">Every position of every guideline (all kinds: treatment, technique, diagnostic…).</param>
/// <param name="NotAddressedBy">Guidelines that a source says do not address the intervention.</param>
/// <param name="Conflicts">Conflicts among treatment positions, per pain type.</param>
/// <param name="Agreements">Agreements among treatment positions, per pain type.</param>
public sealed record Comparison(
    InterventionId Intervention,
    IReadOnlyList<PainType> PainTypes,
    IReadOnlyList<GuidelinePosition> Positions,
    IReadOnlyList<(Guideline Guideline, NotAddressedEntry Entry)> NotAddressedBy,
    IReadOnlyList<Conflict> Conflicts,
    IReadOnlyList<Agreement> Agreements);
