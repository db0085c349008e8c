namespace Spinewise.Domain.Guidelines;

/// <summary>A row of a guideline table, verbatim, with its sub-items.</summary>
/// <param name="Text">The item text exactly as published.</param>
/// <param name="SubItems">Indented sub-items, verbatim.</param>
/// <param name="Note">A reading note of the knowledge author (e.g. an ambiguity in the published layout).</param>
public sealed record TableItem(string Text, IReadOnlyList<string> SubItems, string? Note);
