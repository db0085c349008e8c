using System.Globalization;
using Spinewise.Application.Contracts;
using Spinewise.Domain;
using Spinewise.Domain.Sources;

namespace Spinewise.Application.Internal;

/// <summary>
/// Collects the source references an answer cites, each once, under a stable key — the document id, then
/// <c>#section</c> and <c>:line</c> when known (a second, different reference under the same key gets <c>~2</c>,
/// <c>~3</c>…) — and the documents they are in, each once.
/// </summary>
internal sealed class AnswerSources(KnowledgeBase kb)
{
    private readonly SortedDictionary<string, AnswerSourceJson> _references = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, DocumentJson> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<SourceRef, string> _keys = [];

    public IReadOnlyDictionary<string, AnswerSourceJson> References => _references;

    public IReadOnlyDictionary<string, DocumentJson> Documents => _documents;

    public string Key(SourceRef source)
    {
        if (_keys.TryGetValue(source, out var known))
        {
            return known;
        }

        var entry = new AnswerSourceJson(source.Document.Value, source.Section, source.Line, source.Verification);
        var key = source.Document.Value + (source.Section is null ? string.Empty : "#" + source.Section)
            + (source.Line is { } line ? ":" + line.ToString(CultureInfo.InvariantCulture) : string.Empty);
        var candidate = key;
        for (var n = 2; _references.TryGetValue(candidate, out var existing) && existing != entry; n++)
        {
            candidate = $"{key}~{n}";
        }

        _references[candidate] = entry;
        _keys[source] = candidate;
        if (!_documents.ContainsKey(source.Document.Value))
        {
            var document = kb.FindSource(source.Document);
            _documents[source.Document.Value] = new DocumentJson(document?.Citation ?? source.Document.Value, document?.Url);
        }

        return candidate;
    }
}
