using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Conflicts;

/// <summary>Why two guidelines differ on some interventions, as sources state it.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Between">The two (or more) guidelines.</param>
/// <param name="Interventions">The interventions it concerns.</param>
/// <param name="Reasons">The reasons, each with its source.</param>
public sealed record ConflictExplanation(
    string Id,
    IReadOnlyList<GuidelineId> Between,
    IReadOnlyList<InterventionId> Interventions,
    IReadOnlyList<ConflictReason> Reasons);
