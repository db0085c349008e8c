using Spinewise.Domain.Sources;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Guidelines;

/// <summary>An intervention a source says the guideline does not address: it answers "not addressed", never "against".</summary>
/// <param name="Intervention">The intervention.</param>
/// <param name="Source">The source that says so.</param>
public sealed record NotAddressedEntry(InterventionId Intervention, SourceRef Source);
