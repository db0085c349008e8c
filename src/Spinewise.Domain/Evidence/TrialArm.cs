using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Evidence;

/// <summary>An arm of a trial.</summary>
/// <param name="Id">Id inside the trial.</param>
/// <param name="Label">Label as published.</param>
/// <param name="N">Participants allocated.</param>
/// <param name="Interventions">What the arm received (vocabulary ids).</param>
public sealed record TrialArm(string Id, string Label, int N, IReadOnlyList<InterventionId> Interventions);
