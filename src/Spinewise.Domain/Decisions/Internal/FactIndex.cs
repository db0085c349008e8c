using Spinewise.Domain.Cases;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Decisions.Internal;

/// <summary>
/// Dense indices for the facts of a case: conditions and interventions in vocabulary order, numeric slots (age,
/// duration, then each finding), flag slots; and each condition's closure over broader and narrower conditions.
/// </summary>
internal sealed class FactIndex
{
    private readonly Dictionary<ConditionId, int> _conditions;
    private readonly Dictionary<InterventionId, int> _interventions;
    private readonly Dictionary<string, int> _numbers;
    private readonly Dictionary<string, int> _flags;

    public FactIndex(KnowledgeBase kb)
    {
        _conditions = kb.Conditions.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        _interventions = kb.Interventions.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        _numbers = CaseFacts.NumericFactKeys().Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        _flags = CaseFacts.Flags.Select((f, i) => (f.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        ConditionWords = Bits.Words(kb.Conditions.Count);
        InterventionWords = Bits.Words(kb.Interventions.Count);
        Broader = new ulong[kb.Conditions.Count][];
        Narrower = new ulong[kb.Conditions.Count][];
        for (var i = 0; i < kb.Conditions.Count; i++)
        {
            Broader[i] = new ulong[ConditionWords];
            Narrower[i] = new ulong[ConditionWords];
        }

        for (var i = 0; i < kb.Conditions.Count; i++)
        {
            var pending = new Stack<int>([i]);
            while (pending.TryPop(out var j))
            {
                if (Bits.Has(Broader[i], j))
                {
                    continue;
                }

                Bits.Set(Broader[i], j);
                Bits.Set(Narrower[j], i);
                foreach (var broader in kb.Conditions[j].Broader)
                {
                    pending.Push(_conditions[broader]);
                }
            }
        }

        FindingSlots = CaseFacts.Findings.Select(f => _numbers[CaseFacts.FindingsPrefix + f.Key]).ToArray();
        DurationSlot = _numbers[CaseFacts.PainDurationMonths];
        AgeSlot = _numbers[CaseFacts.Age];
    }

    /// <summary>Numeric slot of the age.</summary>
    public int AgeSlot { get; }

    public int ConditionWords { get; }

    /// <summary>Numeric slot of the pain duration.</summary>
    public int DurationSlot { get; }

    public int InterventionWords { get; }

    public int NumberCount => _numbers.Count;

    public int FlagCount => _flags.Count;

    /// <summary>Per condition: itself and every broader condition, transitively.</summary>
    public ulong[][] Broader { get; }

    /// <summary>Per condition: itself and every narrower condition, transitively.</summary>
    public ulong[][] Narrower { get; }

    /// <summary>Numeric slot of each finding, in <see cref="CaseFacts.Findings"/> order.</summary>
    public int[] FindingSlots { get; }

    public int Condition(ConditionId id) => _conditions[id];

    public int Intervention(InterventionId id) => _interventions[id];

    public bool TryIntervention(InterventionId id, out int index) => _interventions.TryGetValue(id, out index);

    public bool TryCondition(ConditionId id, out int index) => _conditions.TryGetValue(id, out index);

    public int NumberSlot(string fact) => _numbers[fact];

    public int FlagSlot(string flag) => _flags[flag];
}
