namespace Spinewise.Domain.Guidelines;

/// <summary>A column or category of a guideline table (e.g. "Contraindications", "Catheter-related").</summary>
/// <param name="Id">Id, unique inside the table.</param>
/// <param name="Label">Heading as published, or a descriptive label where the table has none.</param>
/// <param name="Items">Its rows, in published order.</param>
public sealed record TableSection(string Id, string Label, IReadOnlyList<TableItem> Items);
