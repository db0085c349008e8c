using Spinewise.Domain;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Text;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Application.Internal;

/// <summary>
/// Resolves the id a parameter names: the vocabulary id itself or any of its labels and synonyms (<c>ESI</c>,
/// <c>RFA</c>, <c>MBB</c>), in any letter case; when none matches, the failure names the nearest ids, found through
/// their synonyms too.
/// </summary>
internal static class IdResolver
{
    public static InterventionId? Intervention(KnowledgeBase kb, string text) =>
        Resolve(text, Interventions(kb)) is { } id ? new InterventionId(id) : null;

    public static ConditionId? Condition(KnowledgeBase kb, string text) =>
        Resolve(text, Conditions(kb)) is { } id ? new ConditionId(id) : null;

    public static GuidelineId? Guideline(KnowledgeBase kb, string text) =>
        Resolve(text, kb.Guidelines.Select(g => (g.Id.Value, (IReadOnlyList<string>)[]))) is { } id ? new GuidelineId(id) : null;

    public static UnknownIdFailure UnknownIntervention(KnowledgeBase kb, string parameter, string text) =>
        UnknownNamed(parameter, "intervention", text, Interventions(kb));

    public static UnknownIdFailure UnknownCondition(KnowledgeBase kb, string parameter, string text) =>
        UnknownNamed(parameter, "condition", text, Conditions(kb));

    /// <summary>An unknown id among <paramref name="known"/> ids that have no synonyms.</summary>
    public static UnknownIdFailure Unknown(string parameter, string kind, string text, IEnumerable<string> known)
    {
        var all = known.ToList();
        return new UnknownIdFailure(parameter, kind, text, NearestMatch.Find(text, all), all);
    }

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

    private static UnknownIdFailure UnknownNamed(string parameter, string kind, string text, IEnumerable<(string Id, IReadOnlyList<string> Names)> known)
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
        return new UnknownIdFailure(parameter, kind, text, nearest, [.. all.Select(k => k.Id)]);
    }

    private static IEnumerable<(string Id, IReadOnlyList<string> Names)> Interventions(KnowledgeBase kb) =>
        kb.Interventions.Select(i => (i.Id.Value, Names(i.Label, i.Synonyms)));

    private static IEnumerable<(string Id, IReadOnlyList<string> Names)> Conditions(KnowledgeBase kb) =>
        kb.Conditions.Select(c => (c.Id.Value, Names(c.Label, c.Synonyms)));

    private static IReadOnlyList<string> Names(string label, IReadOnlyList<string> synonyms) => [label, .. synonyms];
}
