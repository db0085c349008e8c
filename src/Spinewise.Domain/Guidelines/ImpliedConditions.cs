using Spinewise.Domain.Sources;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Guidelines;

/// <summary>
/// The conditions a statement that names none concerns, as its topic and the evidence it rests on imply (ASPN's
/// "Vertebral augmentation" section is about vertebral compression fractures): kept apart from the conditions the
/// statement names, with the basis and its source, so that the inference is always shown as one.
/// </summary>
/// <param name="Conditions">The conditions (any one present makes it concern the case).</param>
/// <param name="Basis">What implies them, in words ("the section's topic and its trials: VERTOS II, …").</param>
/// <param name="Source">Where the basis is stated.</param>
public sealed record ImpliedConditions(IReadOnlyList<ConditionId> Conditions, string Basis, SourceRef Source);
