using Spinewise.Domain.Guidelines;

namespace Spinewise.Web.Pages.Guidelines;

/// <summary>One searchable thing: what it is, how it is shown, where it links, and its texts in lower case with a weight each.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Title">The line shown as the link.</param>
/// <param name="Detail">A line of context under it (guideline and topic, synonyms, organisation…).</param>
/// <param name="Url">Where it links.</param>
/// <param name="Order">Its position in the knowledge (ties keep knowledge order).</param>
/// <param name="Names">Its names in lower case: a query equal to one ranks first.</param>
/// <param name="Texts">Its texts in lower case, each with a weight (names 3, statements 2, what a recommendation names 1).</param>
/// <param name="Recommendation">The recommendation, for a recommendation result (its grading is shown).</param>
internal sealed record SearchEntry(
    SearchKind Kind,
    string Title,
    string Detail,
    string Url,
    int Order,
    IReadOnlyList<string> Names,
    IReadOnlyList<(string Text, int Weight)> Texts,
    Recommendation? Recommendation = null);
