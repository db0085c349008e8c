namespace Spinewise.Application.Contracts;

/// <summary>An item of a table section, verbatim.</summary>
/// <param name="Text">The item's text.</param>
/// <param name="SubItems">Its sub-items, verbatim.</param>
/// <param name="Note">A note on the item, if any.</param>
public sealed record TableItemJson(string Text, IReadOnlyList<string> SubItems, string? Note);
