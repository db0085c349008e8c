using Spinewise.Domain;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Text;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Cli;

/// <summary>
/// Resolves the id an option names: the vocabulary id itself or any of its labels and synonyms (<c>ESI</c>, <c>RFA</c>,
/// <c>MBB</c>), in any letter case; when none matches, reports the nearest ids, found through their synonyms too (exit code 2).
/// </summary>
internal static class IdLookup
{
    public static InterventionId? Intervention(KnowledgeBase kb, string text) =>
        Resolve(text, kb.Interventions.Select(i => (i.Id.Value, Names(i.Label, i.Synonyms)))) is { } id ? new InterventionId(id) : null;

    public static ConditionId? Condition(KnowledgeBase kb, string text) =>
        Resolve(text, kb.Conditions.Select(c => (c.Id.Value, Names(c.Label, c.Synonyms)))) is { } id ? new ConditionId(id) : null;

    public static GuidelineId? Guideline(KnowledgeBase kb, string text) =>
        Resolve(text, kb.Guidelines.Select(g => (g.Id.Value, (IReadOnlyList<string>)[]))) is { } id ? new GuidelineId(id) : null;

    public static int UnknownIntervention(CliIo io, KnowledgeBase kb, string text) =>
        Unknown(io, "intervention", text, kb.Interventions.Select(i => (i.Id.Value, Names(i.Label, i.Synonyms))));

    public static int UnknownCondition(CliIo io, KnowledgeBase kb, string text) =>
        Unknown(io, "condition", text, kb.Conditions.Select(c => (c.Id.Value, Names(c.Label, c.Synonyms))));

    /// <summary>The id whose id, label or synonym is <paramref name="text"/> (ignoring case), when exactly one id has it.</summary>
    private static string? Resolve(string text, IEnumerable<(string Id, IReadOnlyList<string> Names)> known)
    {
        var all = known.ToList();
        if (all.FirstOrDefault(k => k.Id.Equals(text, StringComparison.OrdinalIgnoreCase)).Id is { } exact)
        {
            return exact;
        }

        var named = all.Where(k => k.Names.Any(n => n.Equals(text, StringComparison.OrdinalIgnoreCase))).Select(k => k.Id).Distinct().ToList();
        return named.Count == 1 ? named[0] : null;
    }

    private static int Unknown(CliIo io, string what, string text, IEnumerable<(string Id, IReadOnlyList<string> Names)> known)
    {
        // Names[0] is the label: a suggestion found through it shows the id alone, one found through a synonym shows the synonym too
        var all = known.ToList();
        var byName = all.SelectMany(k => k.Names.Select((n, i) => (Name: n, k.Id, Synonym: i > 0)).Prepend((Name: k.Id, k.Id, Synonym: false))).ToList();
        var nearest = NearestMatch.Find(text, byName.Select(n => n.Name), 5)
            .Select(name => byName.First(n => n.Name == name))
            .DistinctBy(n => n.Id)
            .Take(3)
            .Select(n => n.Synonym ? $"{n.Id} ({n.Name})" : n.Id)
            .ToList();
        return UnknownId.Report(io, what, text, all.Select(k => k.Id), nearest);
    }

    private static IReadOnlyList<string> Names(string label, IReadOnlyList<string> synonyms) => [label, .. synonyms];
}
