using Spinewise.Domain.Vocabulary;

namespace Spinewise.Application.Contracts;

/// <summary>One vocabulary id with the names that resolve to it.</summary>
/// <param name="Id">The id.</param>
/// <param name="Label">Human-readable name.</param>
/// <param name="Synonyms">Other names and abbreviations used in the sources.</param>
/// <param name="Variants">An intervention's variant ids; null for a condition.</param>
public sealed record VocabularyEntryJson(string Id, string Label, IReadOnlyList<string> Synonyms, IReadOnlyList<string>? Variants)
{
    internal static VocabularyEntryJson From(Intervention i) => new(i.Id.Value, i.Label, i.Synonyms, [.. i.Variants.Select(v => v.Id)]);

    internal static VocabularyEntryJson From(Condition c) => new(c.Id.Value, c.Label, c.Synonyms, null);
}
