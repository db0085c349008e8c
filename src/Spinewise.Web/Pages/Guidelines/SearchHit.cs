namespace Spinewise.Web.Pages.Guidelines;

/// <summary>A search result with its score (higher first).</summary>
/// <param name="Entry">What was found.</param>
/// <param name="Score">How well it matched.</param>
internal sealed record SearchHit(SearchEntry Entry, int Score);
