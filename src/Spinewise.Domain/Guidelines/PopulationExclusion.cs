using Spinewise.Domain.Sources;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Guidelines;

/// <summary>A group a guideline says it does not apply to, with its verification (e.g. BMJ 2025: cancer verified, infection secondary).</summary>
/// <param name="Condition">The vocabulary condition, when the exclusion is one.</param>
/// <param name="Text">The exclusion as the source words it.</param>
/// <param name="Source">Where it is stated.</param>
public sealed record PopulationExclusion(ConditionId? Condition, string Text, SourceRef Source);
