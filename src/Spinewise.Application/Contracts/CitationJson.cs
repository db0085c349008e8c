using Spinewise.Domain.Guidelines;

namespace Spinewise.Application.Contracts;

/// <summary>A bibliographic citation.</summary>
/// <param name="Journal">Journal, if any.</param>
/// <param name="Year">Year of publication.</param>
/// <param name="Volume">Volume, if any.</param>
/// <param name="Pages">Pages or article number, if any.</param>
/// <param name="Doi">DOI, if any.</param>
/// <param name="Pmid">PubMed id, if any.</param>
/// <param name="Text">The citation as one line.</param>
public sealed record CitationJson(string? Journal, int Year, string? Volume, string? Pages, string? Doi, string? Pmid, string Text)
{
    internal static CitationJson From(Citation c) => new(c.Journal, c.Year, c.Volume, c.Pages, c.Doi, c.Pmid, c.Text);
}
