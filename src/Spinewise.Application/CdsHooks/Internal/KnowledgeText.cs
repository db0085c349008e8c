using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Spinewise.Domain;

namespace Spinewise.Application.CdsHooks.Internal;

/// <summary>
/// Markdown made only of knowledge (a recommendation's line without the patient's part, a conflict reason, a source),
/// rendered once per knowledge base and key and reused by every card: the knowledge is immutable.
/// </summary>
internal static class KnowledgeText
{
    private static readonly ConditionalWeakTable<KnowledgeBase, ConcurrentDictionary<object, string>> Rendered = [];

    public static string Get<TKey>(KnowledgeBase kb, TKey key, Func<TKey, string> render)
        where TKey : notnull =>
        (string)Rendered.GetValue(kb, _ => new()).GetOrAdd(key, static (k, r) => r((TKey)k), render);
}
