using System.Text.Json.Serialization;

namespace Spinewise.Application.CdsHooks;

/// <summary>
/// A CDS Hooks 2.0 card. Optional fields without a value are omitted from the JSON (never <c>null</c>, never an empty
/// list), as the specification's JSON rules require.
/// </summary>
/// <param name="Uuid">The card's id, deterministic from the evaluation id and the card's key (<see cref="CdsCardBuilder.CardUuid"/>).</param>
/// <param name="Summary">One sentence of under 140 characters.</param>
/// <param name="Detail">GitHub-flavoured markdown with what each source says, or <see langword="null"/> (omitted).</param>
/// <param name="Indicator">Info, warning or critical.</param>
/// <param name="Source">Who provides the information.</param>
/// <param name="Suggestions">Suggested orders, or <see langword="null"/> when there are none (omitted).</param>
/// <param name="SelectionBehavior">Present exactly when <paramref name="Suggestions"/> is.</param>
/// <param name="OverrideReasons">Reasons the user may give for overriding the card (order hooks), or <see langword="null"/> (omitted).</param>
/// <param name="Links">Links, or <see langword="null"/> (omitted).</param>
public sealed record CdsCard(
    Guid Uuid,
    string Summary,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Detail,
    CdsIndicator Indicator,
    CdsSource Source,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<CdsSuggestion>? Suggestions,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] CdsSelectionBehavior? SelectionBehavior,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<CdsCoding>? OverrideReasons,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<CdsLink>? Links)
{
    /// <summary>The limit the specification sets: a summary is "&lt;140-character", so at most 139.</summary>
    public const int MaxSummaryLength = 139;
}
