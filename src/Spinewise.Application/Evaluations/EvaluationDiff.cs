using System.Text.Json;
using Spinewise.Application.Contracts;
using Spinewise.Application.Contracts.Diff;

namespace Spinewise.Application.Evaluations;

/// <summary>
/// Compares two answers for one case — e.g. a stored evaluation and its replay on the knowledge loaded now — and lists
/// what a clinic would see change: each intervention's status, each recommendation's stance and applicability,
/// conflicts, and the questions to ask next. A pure function of the two contracts.
/// </summary>
public static class EvaluationDiff
{
    /// <summary>What changed from <paramref name="before"/> to <paramref name="after"/>.</summary>
    /// <param name="before">The earlier answer.</param>
    /// <param name="after">The later answer.</param>
    /// <returns>The changes, in the later answer's order (removed entries after the others).</returns>
    public static EvaluationDiffContract Between(RecommendContract before, RecommendContract after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var interventions = Changes(before.Interventions, after.Interventions, i => i.Intervention, i => Text(i.Status),
            (key, change, b, a) => new StatusChangeJson(key, change, b is null ? null : Text(b.Status), a is null ? null : Text(a.Status)));
        var recommendations = new List<RecommendationChangeJson>();
        var conflicts = new List<ConflictChangeJson>();
        var earlier = before.Interventions.ToDictionary(i => i.Intervention, StringComparer.Ordinal);
        var later = after.Interventions.ToDictionary(i => i.Intervention, StringComparer.Ordinal);
        foreach (var id in after.Interventions.Select(i => i.Intervention).Concat(before.Interventions.Select(i => i.Intervention).Where(i => !later.ContainsKey(i))))
        {
            var b = earlier.GetValueOrDefault(id);
            var a = later.GetValueOrDefault(id);
            recommendations.AddRange(Changes(Fits(before, b), Fits(after, a), r => $"{r.Id}|{r.Variant}", r => $"{r.Stance}|{r.Applies}",
                (_, change, rb, ra) => new RecommendationChangeJson(
                    id, (ra ?? rb)!.Id, (ra ?? rb)!.Variant, change, rb?.Stance, ra?.Stance, rb?.Applies, ra?.Applies)));
            conflicts.AddRange(Changes(b?.Conflicts ?? [], a?.Conflicts ?? [], ConflictKey, c => Text(c.Applies),
                (_, change, cb, ca) => new ConflictChangeJson(
                    id, change, Text((ca ?? cb)!.PainType), Text((ca ?? cb)!.Kind), Sides(ca ?? cb!),
                    cb is null ? null : Text(cb.Applies), ca is null ? null : Text(ca.Applies))));
        }

        var questions = Changes(before.AskNext, after.AskNext, q => q.Criterion, _ => string.Empty,
            (key, change, qb, qa) => new QuestionChangeJson(key, (qa ?? qb)!.Question, change));
        var changed = interventions.Count + recommendations.Count + conflicts.Count + questions.Count > 0;
        return new EvaluationDiffContract(after.CaseId, before.KnowledgeVersion, after.KnowledgeVersion, changed, interventions, recommendations, conflicts, questions);
    }

    /// <summary>An intervention's recommendations in one answer, each with its stance and whether it applies (from the answer's applicability groups).</summary>
    private static List<Fit> Fits(RecommendContract answer, InterventionJson? intervention)
    {
        if (intervention is null)
        {
            return [];
        }

        var applies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in answer.Applicability)
        {
            foreach (var id in group.Recommendations)
            {
                applies.TryAdd(id, Text(group.Applies));
            }
        }

        return intervention.Recommendations.Select(r => new Fit(
            r.Id, r.Variant, Text(r.Stance), applies.TryGetValue(r.Id, out var a) ? a : Text(Domain.Decisions.Applicability.Unknown))).ToList();
    }

    /// <summary>The entries only in one list, and those in both whose <paramref name="value"/> differs (the first of a repeated key counts).</summary>
    private static List<TChange> Changes<T, TChange>(
        IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> key, Func<T, string> value, Func<string, ChangeKind, T?, T?, TChange> make)
        where T : class
    {
        var earlier = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in before)
        {
            earlier.TryAdd(key(item), item);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var changes = new List<TChange>();
        foreach (var item in after)
        {
            var k = key(item);
            if (!seen.Add(k))
            {
                continue;
            }

            if (!earlier.TryGetValue(k, out var old))
            {
                changes.Add(make(k, ChangeKind.Added, null, item));
            }
            else if (value(old) != value(item))
            {
                changes.Add(make(k, ChangeKind.Changed, old, item));
            }
        }

        changes.AddRange(earlier.Where(e => !seen.Contains(e.Key)).Select(e => make(e.Key, ChangeKind.Removed, e.Value, null)));
        return changes;
    }

    private static string ConflictKey(CaseConflictJson c) => $"{Text(c.PainType)}|{Text(c.Kind)}|{string.Join(',', Sides(c))}";

    private static List<string> Sides(CaseConflictJson c) => [.. c.Recommendations.SelectMany(s => s.Value)];

    /// <summary>An enum value as the contract's JSON writes it (kebab-case).</summary>
    private static string Text<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private sealed record Fit(string Id, string? Variant, string Stance, string Applies);
}
