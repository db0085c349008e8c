using Spinewise.Domain.Cases.Internal;
using Spinewise.Domain.Diagnostics;

namespace Spinewise.Domain.Tests.Cases.Legacy;
using Spinewise.Domain.Cases;

/// <summary>
/// Reads a patient case from JSON (format: <c>docs/case.md</c>): the JSON form (types, dates, enum spellings, known keys)
/// into a <see cref="CaseDraft"/> whose every field knows its JSON path, line and column, then
/// <see cref="CaseValidator"/> for what the values mean. Every problem of both is reported; nothing partial is returned.
/// </summary>
internal static class LegacyCaseJsonReader
{
    private static readonly string[] TopKeys = ["id", "asOf", "age", "sex", "painDurationMonths", "painType", "conditions", "ruledOut", "findings", "history", "notDone", "flags"];
    private static readonly string[] HistoryKeys = ["intervention", "variant", "date", "months", "outcome", "reliefPercent"];
    private static readonly string[] FindingKeys = [.. CaseFacts.Findings.Select(f => f.Key)];
    private static readonly string[] FlagKeys = [.. CaseFacts.Flags.Select(f => f.Key)];

    /// <summary>Reads and validates one case.</summary>
    /// <param name="utf8">The JSON, UTF-8 encoded.</param>
    /// <param name="file">The name to report problems against (a path, or e.g. <c>request body</c>).</param>
    /// <param name="knowledge">The knowledge whose vocabulary the ids must belong to.</param>
    public static Result<PatientCase> Read(ReadOnlySpan<byte> utf8, string file, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(knowledge);
        var diagnostics = new CaseDiagnosticList();
        if (Parse(utf8, file, diagnostics) is not { } draft)
        {
            return Result<PatientCase>.Failure(diagnostics.Listed());
        }

        var patient = CaseValidator.Validate(draft, knowledge, diagnostics);
        return patient is not null && diagnostics.Count == 0 ? Result<PatientCase>.Success(patient) : Result<PatientCase>.Failure(diagnostics.Listed());
    }

    /// <summary>Reads one case's JSON form only, into a draft for <see cref="CaseValidator.Validate(CaseDraft, KnowledgeBase)"/>.</summary>
    /// <param name="utf8">The JSON, UTF-8 encoded.</param>
    /// <param name="file">The name to report problems against.</param>
    public static Result<CaseDraft> ReadDraft(ReadOnlySpan<byte> utf8, string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var diagnostics = new CaseDiagnosticList();
        var draft = Parse(utf8, file, diagnostics);
        return draft is not null && diagnostics.Count == 0 ? Result<CaseDraft>.Success(draft) : Result<CaseDraft>.Failure(diagnostics.Listed());
    }

    /// <summary>The draft, or <see langword="null"/> when the input is not a JSON object; form problems go to <paramref name="diagnostics"/>.</summary>
    private static CaseDraft? Parse(ReadOnlySpan<byte> utf8, string file, CaseDiagnosticList diagnostics)
    {
        var (root, positions, error, line, column, code) = JsonNodeParser.Parse(utf8);
        if (root is null)
        {
            var message = code == CaseDiagnosticCodes.MalformedJson ? $"malformed JSON: {error}" : error!;
            diagnostics.Add(code, new DiagnosticLocation(file, line, column, "$"), message);
            return null;
        }

        var v = new JsonAccess(file, positions, diagnostics);
        if (!v.Expect(root, "$", JsonNodeKind.Object, "a JSON object (the case)"))
        {
            return null;
        }

        var p = v.Properties(root, "$", TopKeys);
        return new CaseDraft
        {
            File = file,
            Location = v.At(root.Offset, "$"),
            Id = p.TryGetValue("id", out var id) ? v.Text(id.Value, id.Path) : null,
            AsOf = p.TryGetValue("asOf", out var a) ? v.Date(a.Value, a.Path) : null,
            Age = p.TryGetValue("age", out var ag) ? v.Number(ag.Value, ag.Path) : null,
            Sex = p.TryGetValue("sex", out var s) ? v.Enum<Sex>(s.Value, s.Path) : null,
            PainDurationMonths = p.TryGetValue("painDurationMonths", out var d) ? v.Number(d.Value, d.Path) : null,
            PainType = p.TryGetValue("painType", out var pt) ? v.Enum<PainPresentation>(pt.Value, pt.Path) : null,
            Conditions = Texts(p, "conditions", "condition", v),
            RuledOut = Texts(p, "ruledOut", "condition", v),
            Findings = Map(p, v, "findings", FindingKeys, v.Number),
            History = History(p, v),
            NotDone = Texts(p, "notDone", "intervention", v),
            Flags = Map(p, v, "flags", FlagKeys, v.Boolean),
        };
    }

    private static List<Located<string>> Texts(Dictionary<string, (JsonNode Value, string Path)> p, string key, string what, JsonAccess v)
    {
        var result = new List<Located<string>>();
        if (!p.TryGetValue(key, out var list) || !v.Expect(list.Value, list.Path, JsonNodeKind.Array, $"an array of {what} ids"))
        {
            return result;
        }

        for (var i = 0; i < list.Value.Items.Count; i++)
        {
            if (v.Text(list.Value.Items[i], $"{list.Path}[{i}]") is { } text)
            {
                result.Add(text);
            }
        }

        return result;
    }

    /// <summary>An object of known keys (findings, flags) whose values <paramref name="read"/> checks; invalid ones are left out.</summary>
    private static Dictionary<string, Located<T>> Map<T>(
        Dictionary<string, (JsonNode Value, string Path)> p, JsonAccess v, string name, string[] keys, Func<JsonNode, string, Located<T>?> read)
        where T : struct
    {
        var map = new Dictionary<string, Located<T>>(StringComparer.Ordinal);
        if (!p.TryGetValue(name, out var node) || !v.Expect(node.Value, node.Path, JsonNodeKind.Object, $"an object of {name}"))
        {
            return map;
        }

        foreach (var (key, (value, path)) in v.Properties(node.Value, node.Path, keys))
        {
            if (read(value, path) is { } valid)
            {
                map[key] = valid;
            }
        }

        return map;
    }

    private static List<HistoryDraft> History(Dictionary<string, (JsonNode Value, string Path)> p, JsonAccess v)
    {
        var history = new List<HistoryDraft>();
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
            history.Add(new HistoryDraft
            {
                Location = v.At(item.Offset, path),
                Intervention = e.TryGetValue("intervention", out var iv) ? v.Text(iv.Value, iv.Path) : null,
                Variant = e.TryGetValue("variant", out var vr) ? v.Text(vr.Value, vr.Path) : null,
                Date = e.TryGetValue("date", out var dt) ? v.Date(dt.Value, dt.Path) : null,
                Months = e.TryGetValue("months", out var m) ? v.Number(m.Value, m.Path) : null,
                Outcome = e.TryGetValue("outcome", out var o) ? v.Enum<HistoryOutcome>(o.Value, o.Path) : null,
                ReliefPercent = e.TryGetValue("reliefPercent", out var r) ? v.Number(r.Value, r.Path) : null,
            });
        }

        return history;
    }
}
