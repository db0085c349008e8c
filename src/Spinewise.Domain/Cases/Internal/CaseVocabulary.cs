using System.Runtime.CompilerServices;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Cases.Internal;

/// <summary>The knowledge's condition and intervention ids, and each condition's broader ones, made once per knowledge base.</summary>
internal sealed class CaseVocabulary
{
    private static readonly ConditionalWeakTable<KnowledgeBase, CaseVocabulary> Cache = [];

    private CaseVocabulary(KnowledgeBase kb)
    {
        Conditions = kb.Conditions.Select(c => c.Id.Value).ToHashSet(StringComparer.Ordinal);
        Interventions = kb.Interventions.Select(i => i.Id.Value).ToHashSet(StringComparer.Ordinal);
        BroaderOf = kb.Conditions.ToDictionary(
            c => c.Id.Value, c => Broader(kb, c.Id).Where(b => b != c.Id).Select(b => b.Value).ToArray(), StringComparer.Ordinal);
    }

    public HashSet<string> Conditions { get; }

    public HashSet<string> Interventions { get; }

    /// <summary>Per condition, every broader condition, transitively (not itself).</summary>
    public Dictionary<string, string[]> BroaderOf { get; }

    public static CaseVocabulary Of(KnowledgeBase kb) => Cache.GetValue(kb, k => new CaseVocabulary(k));

    private static HashSet<ConditionId> Broader(KnowledgeBase kb, ConditionId condition)
    {
        var seen = new HashSet<ConditionId>();
        var pending = new Stack<ConditionId>([condition]);
        while (pending.TryPop(out var id))
        {
            if (seen.Add(id))
            {
                foreach (var broader in kb.FindCondition(id)?.Broader ?? [])
                {
                    pending.Push(broader);
                }
            }
        }

        return seen;
    }
}
