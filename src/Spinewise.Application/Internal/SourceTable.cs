using Spinewise.Application.Contracts;
using Spinewise.Domain;
using Spinewise.Domain.Sources;

namespace Spinewise.Application.Internal;

/// <summary>
/// Collects the sources an answer cites, each once, under a stable key: the document id, then <c>#section</c> and
/// <c>:line</c> when known (a second, different source under the same key gets <c>~2</c>, <c>~3</c>…).
/// </summary>
internal sealed class SourceTable(KnowledgeBase kb)
{
    private readonly SortedDictionary<string, SourceEntryJson> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<SourceRef, string> _keys = [];

    public IReadOnlyDictionary<string, SourceEntryJson> Entries => _entries;

    public string Key(SourceRef source)
    {
        if (_keys.TryGetValue(source, out var known))
        {
            return known;
        }

        var document = kb.FindSource(source.Document);
        var entry = new SourceEntryJson(source.Document.Value, source.Section, source.Line, document?.Citation ?? source.Document.Value, document?.Url, source.Verification);
        var key = source.Document.Value + (source.Section is null ? string.Empty : "#" + source.Section)
            + (source.Line is { } line ? ":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
        var candidate = key;
        for (var n = 2; _entries.TryGetValue(candidate, out var existing) && existing != entry; n++)
        {
            candidate = $"{key}~{n}";
        }

        _entries[candidate] = entry;
        _keys[source] = candidate;
        return candidate;
    }
}
