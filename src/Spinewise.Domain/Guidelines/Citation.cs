namespace Spinewise.Domain.Guidelines;

/// <summary>Bibliographic facts of a published guideline.</summary>
/// <param name="Journal">Journal (abbreviated as published), or <see langword="null"/> for a non-journal publication.</param>
/// <param name="Year">Year of the issue.</param>
/// <param name="Volume">Volume, if any.</param>
/// <param name="Pages">Pages or article number, if any.</param>
/// <param name="Doi">DOI, if any.</param>
/// <param name="Pmid">PubMed id, if any.</param>
/// <param name="Text">The full citation as published.</param>
public sealed record Citation(string? Journal, int Year, string? Volume, string? Pages, string? Doi, string? Pmid, string Text);
