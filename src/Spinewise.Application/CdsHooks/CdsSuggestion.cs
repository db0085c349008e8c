namespace Spinewise.Application.CdsHooks;

/// <summary>A suggestion on a card: a label and the actions taken when the user accepts it.</summary>
/// <param name="Label">What accepting it does, shown to the user.</param>
/// <param name="Uuid">Its id, echoed in feedback as an accepted suggestion (derived from the card's, see <see cref="CdsCardBuilder.SuggestionUuid"/>).</param>
/// <param name="Actions">The actions, applied together.</param>
public sealed record CdsSuggestion(string Label, Guid Uuid, IReadOnlyList<CdsAction> Actions);
