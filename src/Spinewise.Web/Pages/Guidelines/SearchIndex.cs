using Spinewise.Domain;
using Spinewise.Domain.Guidelines;

namespace Spinewise.Web.Pages.Guidelines;

/// <summary>
/// Server-side search over the knowledge: intervention labels, synonyms, variants and ids; condition labels, synonyms
/// and ids; guideline titles, organisations and ids; recommendation statements and ids (and, weighted lower, the labels
/// of what a recommendation names). Built once from the served knowledge. Every term of a query must start a word of
/// one of an entry's texts, in any letter case ("rfa" finds "lumbar-rfa" and "RFA", not "surface").
/// </summary>
internal sealed class SearchIndex
{
    /// <summary>The most results shown per kind.</summary>
    public const int MaxPerGroup = 50;

    private readonly SearchEntry[] _entries;

    public SearchIndex(GuidelineCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _entries = Build(catalog.Knowledge).ToArray();
    }

    /// <summary>The number of searchable entries.</summary>
    public int Count => _entries.Length;

    /// <summary>The results of a valid, non-empty query, grouped by kind in <see cref="SearchKind"/> order; kinds without a result are left out.</summary>
    public IReadOnlyList<SearchGroup> Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Terms.Count == 0)
        {
            return [];
        }

        var whole = query.Text.ToLowerInvariant();
        var hits = new List<SearchHit>();
        foreach (var entry in _entries)
        {
            if (Score(entry, query.Terms, whole) is { } score)
            {
                hits.Add(new SearchHit(entry, score));
            }
        }

        return hits
            .GroupBy(h => h.Entry.Kind)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var ordered = g.OrderByDescending(h => h.Score).ThenBy(h => h.Entry.Order).ToList();
                return new SearchGroup(g.Key, Heading(g.Key), ordered.Take(MaxPerGroup).ToList(), ordered.Count);
            })
            .ToList();
    }

    private static int? Score(SearchEntry entry, IReadOnlyList<string> terms, string whole)
    {
        var score = 0;
        foreach (var term in terms)
        {
            var best = 0;
            foreach (var (text, weight) in entry.Texts)
            {
                if (weight > best && StartsAWord(text, term))
                {
                    best = weight;
                }
            }

            if (best == 0)
            {
                return null;
            }

            score += best;
        }

        return entry.Names.Contains(whole, StringComparer.Ordinal) ? score + 100 : score;
    }

    /// <summary>True when <paramref name="term"/> occurs in <paramref name="text"/> at the start of a word.</summary>
    internal static bool StartsAWord(string text, string term)
    {
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Heading(SearchKind kind) => kind switch
    {
        SearchKind.Intervention => "Interventions",
        SearchKind.Condition => "Conditions",
        SearchKind.Guideline => "Guidelines",
        _ => "Recommendations",
    };

    private static IEnumerable<SearchEntry> Build(KnowledgeBase kb)
    {
        var order = 0;
        foreach (var i in kb.Interventions)
        {
            var names = new[] { i.Label, i.Id.Value }.Concat(i.Synonyms).Concat(i.Variants.SelectMany(v => v.Synonyms.Append(v.Label))).ToArray();
            var detail = i.Synonyms.Count == 0 ? i.Category : $"{i.Category} · also {string.Join(", ", i.Synonyms)}";
            yield return new SearchEntry(SearchKind.Intervention, i.Label, detail, $"/interventions/{Uri.EscapeDataString(i.Id.Value)}", order++, Lower(names), Weighted(names, 3));
        }

        foreach (var c in kb.Conditions)
        {
            var names = new[] { c.Label, c.Id.Value }.Concat(c.Synonyms).ToArray();
            var named = kb.Recommendations.Count(r => r.Conditions.Contains(c.Id));
            var detail = (c.Synonyms.Count == 0 ? "" : $"also {string.Join(", ", c.Synonyms)} · ")
                + $"named by {named} recommendation{(named == 1 ? "" : "s")}";
            yield return new SearchEntry(SearchKind.Condition, c.Label, detail, $"/conditions/{Uri.EscapeDataString(c.Id.Value)}", order++, Lower(names), Weighted(names, 3));
        }

        foreach (var g in kb.Guidelines)
        {
            var names = new[] { g.ShortTitle, g.Id.Value, g.Title };
            var texts = Weighted(names, 3).Append((g.Organisation.ToLowerInvariant(), 2)).ToArray();
            yield return new SearchEntry(SearchKind.Guideline, g.ShortTitle, $"{g.Title} · {g.Organisation}, {g.Citation.Year}", $"/guidelines/{Uri.EscapeDataString(g.Id.Value)}", order++, Lower(names), texts);
        }

        foreach (var r in kb.Recommendations)
        {
            var guideline = kb.FindGuideline(r.Guideline)!;
            var topic = guideline.FindTopic(r.TopicId)?.Title;
            var named = r.Interventions
                .Select(s => kb.FindIntervention(s.Intervention))
                .OfType<Domain.Vocabulary.Intervention>()
                .SelectMany(i => i.Synonyms.Append(i.Label).Append(i.Id.Value))
                .Concat(r.Conditions.Select(kb.FindCondition).OfType<Domain.Vocabulary.Condition>().SelectMany(c => c.Synonyms.Append(c.Label).Append(c.Id.Value)));
            var texts = new List<(string, int)> { (r.Statement.ToLowerInvariant(), 2), (r.Id.Value.ToLowerInvariant(), 2) };
            texts.AddRange(Weighted(named, 1));
            var detail = topic is null ? guideline.ShortTitle : $"{guideline.ShortTitle} › {topic}";
            yield return new SearchEntry(SearchKind.Recommendation, r.Statement, detail, GuidelineCatalog.LinkTo(r), order++, [r.Id.Value.ToLowerInvariant()], texts, r);
        }
    }

    private static string[] Lower(IEnumerable<string> names) => names.Select(n => n.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToArray();

    private static (string Text, int Weight)[] Weighted(IEnumerable<string> texts, int weight) => Lower(texts).Select(t => (t, weight)).ToArray();
}
