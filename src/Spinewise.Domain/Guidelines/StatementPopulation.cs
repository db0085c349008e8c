using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Guidelines;

/// <summary>
/// The population restrictions a recommendation's own statement gives beyond its conditions and pain types: the spine
/// regions it concerns, the conditions it excludes ("non-cancer", "non-surgical"), how its conditions combine, a minimum
/// age ("adults"), and, for a statement that names no condition, the conditions its topic implies.
/// </summary>
/// <param name="Regions">Regions the statement concerns (empty when it names none: low back pain, the product's scope).</param>
/// <param name="Excludes">Conditions the statement's population excludes.</param>
/// <param name="ConditionsMatch">Whether any or all of the named conditions must be present.</param>
/// <param name="MinimumAgeYears">Minimum age the statement names, or <see langword="null"/>.</param>
/// <param name="Implied">Conditions implied by the topic for a statement that names none, or <see langword="null"/>.</param>
/// <param name="Note">Why a restriction word in the statement is not encoded (a reviewed exception), or <see langword="null"/>.</param>
/// <param name="NotStated">For a statement that names no population and whose topic implies none: why, in words; it then "may apply" to every case.</param>
public sealed record StatementPopulation(
    IReadOnlyList<SpineRegion> Regions,
    IReadOnlyList<ConditionId> Excludes,
    ConditionMatch ConditionsMatch,
    int? MinimumAgeYears,
    ImpliedConditions? Implied,
    string? Note,
    string? NotStated = null)
{
    /// <summary>No restriction beyond conditions and pain types.</summary>
    public static StatementPopulation None { get; } = new([], [], ConditionMatch.Any, null, null, null);

    /// <summary>Whether the statement concerns the lumbar spine (names no region, or names it among others).</summary>
    public bool ConcernsLumbar => Regions.Count == 0 || Regions.Contains(SpineRegion.Lumbar);
}
