namespace Spinewise.Web.Pages.Guidelines;

/// <summary>The results of one kind, best first, at most <see cref="SearchIndex.MaxPerGroup"/> of <see cref="Total"/>.</summary>
/// <param name="Kind">What they are.</param>
/// <param name="Heading">The group's heading.</param>
/// <param name="Hits">The results shown.</param>
/// <param name="Total">How many matched.</param>
internal sealed record SearchGroup(SearchKind Kind, string Heading, IReadOnlyList<SearchHit> Hits, int Total)
{
    /// <summary>The group's anchor on the results page.</summary>
    public string Anchor => "results-" + Kind.ToString().ToLowerInvariant();
}
