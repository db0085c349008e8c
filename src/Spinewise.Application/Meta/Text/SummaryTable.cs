namespace Spinewise.Application.Meta.Text;

/// <summary>A table of a summary: a header row and rows of cells, as text.</summary>
/// <param name="Header">The column headings (the first is often empty: the row names' column).</param>
/// <param name="Rows">The rows, each with at most as many cells as <paramref name="Header"/>.</param>
public sealed record SummaryTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : SummaryBlock;
