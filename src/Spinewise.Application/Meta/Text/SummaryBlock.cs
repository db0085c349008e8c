namespace Spinewise.Application.Meta.Text;

/// <summary>
/// One piece of a metafor-style printed summary (<see cref="RmaSummary"/>): a <see cref="SummaryLine"/>, a
/// <see cref="SummaryTable"/> or a <see cref="SummaryBlank"/>. Each host lays them out its own way (the CLI with
/// terminal tables and colour, the web as fixed-width text: <see cref="SummaryPlainText"/>); the words are the same.
/// </summary>
public abstract record SummaryBlock;
