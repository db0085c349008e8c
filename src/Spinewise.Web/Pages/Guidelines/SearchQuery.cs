namespace Spinewise.Web.Pages.Guidelines;

/// <summary>A search as typed, read into lower-case terms, or the reason it cannot be run.</summary>
/// <param name="Text">The query as typed, trimmed (empty when none).</param>
/// <param name="Terms">Its terms in lower case (empty when it cannot be run).</param>
/// <param name="Error">Why it cannot be run, or <see langword="null"/>.</param>
internal sealed record SearchQuery(string Text, IReadOnlyList<string> Terms, string? Error)
{
    /// <summary>The longest query accepted, in characters.</summary>
    public const int MaxLength = 200;

    /// <summary>The most terms a query may hold.</summary>
    public const int MaxTerms = 12;

    /// <summary>True when there is nothing to search for and nothing wrong: the form is shown alone.</summary>
    public bool IsEmpty => Text.Length == 0;

    /// <summary>Reads a query string value.</summary>
    public static SearchQuery Parse(string? q)
    {
        var text = (q ?? "").Trim();
        if (text.Length == 0)
        {
            return new SearchQuery("", [], null);
        }

        if (text.Length > MaxLength)
        {
            return new SearchQuery(text, [], $"The search is {text.Length} characters long; use at most {MaxLength}.");
        }

        if (text.Any(char.IsControl))
        {
            return new SearchQuery(text, [], "The search holds control characters; type words only.");
        }

        var terms = text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();
        return terms.Length > MaxTerms
            ? new SearchQuery(text, [], $"The search has {terms.Length} words; use at most {MaxTerms}.")
            : new SearchQuery(text, terms, null);
    }
}
