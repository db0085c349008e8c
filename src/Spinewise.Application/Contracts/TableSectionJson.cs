namespace Spinewise.Application.Contracts;

/// <summary>A section of a guideline table.</summary>
/// <param name="Id">Section id.</param>
/// <param name="Label">Label as published.</param>
/// <param name="Items">The section's items.</param>
public sealed record TableSectionJson(string Id, string Label, IReadOnlyList<TableItemJson> Items);
