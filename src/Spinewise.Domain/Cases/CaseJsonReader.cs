using System.Text.RegularExpressions;
using Spinewise.Domain.Cases.Internal;
using Spinewise.Domain.Diagnostics;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Cases;

/// <summary>
/// Reads a patient case from JSON (format: <c>docs/case.md</c>) and validates every field against the case format and the
/// knowledge's vocabulary. Every problem is reported with its JSON path, line and column; nothing partial is returned.
/// </summary>
public static partial class CaseJsonReader
{
    private static readonly string[] TopKeys = ["id", "asOf", "age", "sex", "painDurationMonths", "painType", "conditions", "ruledOut", "findings", "history", "notDone", "flags"];
    private static readonly string[] HistoryKeys = ["intervention", "variant", "date", "months", "outcome", "reliefPercent"];
    private static readonly string[] FindingKeys = [.. CaseFacts.Findings.Select(f => f.Key)];
    private static readonly string[] FlagKeys = [.. CaseFacts.Flags.Select(f => f.Key)];
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<KnowledgeBase, Vocabulary> Vocabularies = [];

    /// <summary>Reads one case.</summary>
    /// <param name="utf8">The JSON, UTF-8 encoded.</param>
    /// <param name="file">The name to report problems against (a path, or e.g. <c>request body</c>).</param>
    /// <param name="knowledge">The knowledge whose vocabulary the ids must belong to.</param>
    public static Result<PatientCase> Read(ReadOnlySpan<byte> utf8, string file, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(knowledge);
        var (root, positions, error, line, column, code) = JsonNodeParser.Parse(utf8);
        if (root is null)
        {
            var message = code == CaseDiagnosticCodes.MalformedJson ? $"malformed JSON: {error}" : error!;
            return Result<PatientCase>.Failure([new Diagnostic(code, new DiagnosticLocation(file, line, column, "$"), message)]);
        }

        var v = new CaseValidator(file, positions);
        var patient = ReadCase(root, v, knowledge);
        return v.Diagnostics.Count > 0 || patient is null
            ? Result<PatientCase>.Failure(v.Listed())
            : Result<PatientCase>.Success(patient);
    }

    private static PatientCase? ReadCase(JsonNode root, CaseValidator v, KnowledgeBase kb)
    {
        if (!v.Expect(root, "$", JsonNodeKind.Object, "a JSON object (the case)"))
        {
            return null;
        }

        var p = v.Properties(root, "$", TopKeys);
        string? id = null;
        if (!p.TryGetValue("id", out var idNode))
        {
            v.Add(CaseDiagnosticCodes.MissingField, root.Offset, "$.id", "required key 'id' is missing");
        }
        else if (v.Text(idNode.Value, idNode.Path) is { } text)
        {
            if (IdForm().IsMatch(text))
            {
                id = text;
            }
            else
            {
                v.Add(CaseDiagnosticCodes.WrongType, idNode.Value.Offset, idNode.Path, $"\"{text}\" is not a case id: 1 to 100 letters, digits, '.', '_' or '-'");
            }
        }

        var asOf = p.TryGetValue("asOf", out var a) ? v.Date(a.Value, a.Path) : null;
        var age = p.TryGetValue("age", out var ag) ? v.Number(ag.Value, ag.Path, CaseFacts.AgeRange.Minimum, CaseFacts.AgeRange.Maximum, true, "years") : null;
        var sex = p.TryGetValue("sex", out var s) ? v.Enum<Sex>(s.Value, s.Path) : null;
        var duration = p.TryGetValue("painDurationMonths", out var d) ? v.Number(d.Value, d.Path, CaseFacts.DurationRange.Minimum, CaseFacts.DurationRange.Maximum, false, "months") : null;
        var painType = p.TryGetValue("painType", out var pt) ? v.Enum<PainPresentation>(pt.Value, pt.Path) : null;
        var vocabulary = Vocabularies.GetValue(kb, k => new Vocabulary(k));
        var conditionIds = vocabulary.Conditions;
        var conditions = IdList(p, "conditions", "condition", conditionIds, v);
        var ruledOut = IdList(p, "ruledOut", "condition", conditionIds, v);
        foreach (var (item, path, value) in ruledOut.Where(r => conditions.Any(c => c.Value == r.Value)))
        {
            v.Add(CaseDiagnosticCodes.Contradiction, item.Offset, path, $"condition '{value}' is listed both as present (conditions) and as ruled out");
        }

        if (ruledOut.Count > 0)
        {
            foreach (var (item, path, value) in conditions)
            {
                foreach (var broader in vocabulary.BroaderOf[value].Where(b => ruledOut.Any(r => r.Value == b)))
                {
                    v.Add(CaseDiagnosticCodes.Contradiction, item.Offset, path, $"condition '{value}' is a kind of '{broader}', which is ruled out");
                }
            }
        }

        var findings = ReadFindings(p, v);
        var flags = ReadFlags(p, v);
        if (sex == Sex.Male && flags.GetValueOrDefault("pregnancy") && p.TryGetValue("flags", out var flagNode))
        {
            v.Add(CaseDiagnosticCodes.Contradiction, flagNode.Value.Offset, flagNode.Path + ".pregnancy", "pregnancy is true but sex is male");
        }

        var interventionIds = vocabulary.Interventions;
        var history = ReadHistory(p, v, kb, interventionIds, asOf);
        var notDone = IdList(p, "notDone", "intervention", interventionIds, v);
        foreach (var (item, path, value) in notDone.Where(n => history.Any(h => h.Intervention.Value == n.Value)))
        {
            v.Add(CaseDiagnosticCodes.Contradiction, item.Offset, path, $"intervention '{value}' is listed in history and as never done (notDone)");
        }

        if (id is null || v.Diagnostics.Count > 0)
        {
            return null;
        }

        return new PatientCase(id, asOf, age is { } years ? (int)years : null, sex, duration, painType,
            conditions.Select(c => new ConditionId(c.Value)).ToList(), ruledOut.Select(c => new ConditionId(c.Value)).ToList(),
            findings, history, notDone.Select(n => new InterventionId(n.Value)).ToList(), flags);
    }

    private static List<(JsonNode Node, string Path, string Value)> IdList(
        Dictionary<string, (JsonNode Value, string Path)> p, string key, string what, HashSet<string> known, CaseValidator v)
    {
        var result = new List<(JsonNode, string, string)>();
        if (!p.TryGetValue(key, out var list) || !v.Expect(list.Value, list.Path, JsonNodeKind.Array, $"an array of {what} ids"))
        {
            return result;
        }

        for (var i = 0; i < list.Value.Items.Count; i++)
        {
            var item = list.Value.Items[i];
            var path = $"{list.Path}[{i}]";
            if (v.Id(item, path, what, known) is not { } id)
            {
                continue;
            }

            if (result.Any(r => r.Item3 == id))
            {
                v.Add(CaseDiagnosticCodes.Duplicate, item.Offset, path, $"{what} '{id}' is listed twice");
                continue;
            }

            result.Add((item, path, id));
        }

        return result;
    }

    private static Dictionary<string, double> ReadFindings(Dictionary<string, (JsonNode Value, string Path)> p, CaseValidator v) =>
        ReadMap(p, v, "findings", FindingKeys, (key, value, path) =>
        {
            var definition = CaseFacts.FindFinding(key)!;
            return v.Number(value, path, definition.Minimum, definition.Maximum, definition.WholeNumber, definition.Unit);
        });

    private static Dictionary<string, bool> ReadFlags(Dictionary<string, (JsonNode Value, string Path)> p, CaseValidator v) =>
        ReadMap(p, v, "flags", FlagKeys, (_, value, path) => v.Boolean(value, path));

    /// <summary>An object of known keys (findings, flags) whose values <paramref name="read"/> validates; invalid ones are left out.</summary>
    private static Dictionary<string, T> ReadMap<T>(
        Dictionary<string, (JsonNode Value, string Path)> p, CaseValidator v, string name, string[] keys, Func<string, JsonNode, string, T?> read)
        where T : struct
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        if (!p.TryGetValue(name, out var node) || !v.Expect(node.Value, node.Path, JsonNodeKind.Object, $"an object of {name}"))
        {
            return map;
        }

        foreach (var (key, (value, path)) in v.Properties(node.Value, node.Path, keys))
        {
            if (read(key, value, path) is { } valid)
            {
                map[key] = valid;
            }
        }

        return map;
    }

    private static List<HistoryEntry> ReadHistory(
        Dictionary<string, (JsonNode Value, string Path)> p, CaseValidator v, KnowledgeBase kb, HashSet<string> interventions, DateOnly? asOf)
    {
        var history = new List<HistoryEntry>();
        if (!p.TryGetValue("history", out var list) || !v.Expect(list.Value, list.Path, JsonNodeKind.Array, "an array of history entries"))
        {
            return history;
        }

        for (var i = 0; i < list.Value.Items.Count; i++)
        {
            var item = list.Value.Items[i];
            var path = $"{list.Path}[{i}]";
            if (!v.Expect(item, path, JsonNodeKind.Object, "a history entry object"))
            {
                continue;
            }

            var e = v.Properties(item, path, HistoryKeys);
            string? intervention = null;
            if (!e.TryGetValue("intervention", out var iv))
            {
                v.Add(CaseDiagnosticCodes.MissingField, item.Offset, path + ".intervention", "required key 'intervention' is missing");
            }
            else
            {
                intervention = v.Id(iv.Value, iv.Path, "intervention", interventions);
            }

            string? variant = null;
            if (e.TryGetValue("variant", out var vr) && intervention is not null)
            {
                var variants = kb.FindIntervention(new InterventionId(intervention))!.Variants.Select(x => x.Id).ToList();
                variant = v.Id(vr.Value, vr.Path, $"variant of {intervention}", variants);
            }

            var date = e.TryGetValue("date", out var dt) ? v.Date(dt.Value, dt.Path) : null;
            if (date is { } when && asOf is { } caseDate && when > caseDate)
            {
                v.Add(CaseDiagnosticCodes.Contradiction, dt.Value.Offset, dt.Path, $"{when:yyyy-MM-dd} is after the case date asOf {caseDate:yyyy-MM-dd}");
            }

            var months = e.TryGetValue("months", out var m) ? v.Number(m.Value, m.Path, 0, 1200, false, "months") : null;
            var outcome = e.TryGetValue("outcome", out var o) ? v.Enum<HistoryOutcome>(o.Value, o.Path) : null;
            var relief = e.TryGetValue("reliefPercent", out var r) ? v.Number(r.Value, r.Path, 0, 100, false, "%") : null;
            if (intervention is not null)
            {
                history.Add(new HistoryEntry(new InterventionId(intervention), variant, date, months, outcome, relief));
            }
        }

        return history;
    }

    /// <summary>The knowledge's condition and intervention ids, and each condition's broader ones, made once per knowledge base.</summary>
    private sealed class Vocabulary(KnowledgeBase kb)
    {
        public HashSet<string> Conditions { get; } = kb.Conditions.Select(c => c.Id.Value).ToHashSet(StringComparer.Ordinal);

        public HashSet<string> Interventions { get; } = kb.Interventions.Select(i => i.Id.Value).ToHashSet(StringComparer.Ordinal);

        /// <summary>Per condition, every broader condition, transitively (not itself).</summary>
        public Dictionary<string, string[]> BroaderOf { get; } = kb.Conditions.ToDictionary(
            c => c.Id.Value, c => Broader(kb, c.Id).Where(b => b != c.Id).Select(b => b.Value).ToArray(), StringComparer.Ordinal);
    }

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

    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex IdForm();
}
