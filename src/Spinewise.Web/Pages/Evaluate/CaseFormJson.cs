using System.Globalization;
using System.Text.Json;
using Spinewise.Domain.Cases;

namespace Spinewise.Web.Pages.Evaluate;

/// <summary>
/// Writes the case form as case JSON (docs/case.md) — the same input the API takes, stored as such — leaving out every
/// unknown. Values that are not numbers or dates are problems beside their field; range and vocabulary checks are left
/// to the case validator, whose JSON paths <see cref="Paths"/> maps back to the fields.
/// </summary>
internal sealed class CaseFormJson
{
    public const string DefaultId = "web-form";

    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    private CaseFormJson(byte[] json, Dictionary<string, string> paths) => (Json, Paths) = (json, paths);

    /// <summary>The case as UTF-8 JSON (indented).</summary>
    public byte[] Json { get; }

    /// <summary>JSON path of a value written (<c>$.findings.nprs</c>, <c>$.history[0].date</c>) → the id of its field.</summary>
    public IReadOnlyDictionary<string, string> Paths { get; }

    /// <summary>The case JSON, or null when a value is not a number or a date (each problem added to <paramref name="errors"/>).</summary>
    public static CaseFormJson? Write(CaseForm form, FormErrors errors)
    {
        ArgumentNullException.ThrowIfNull(form);
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Indented))
        {
            json.WriteStartObject();
            json.WriteString("id", string.IsNullOrWhiteSpace(form.Id) ? DefaultId : form.Id.Trim());
            paths["$.id"] = FieldIds.Id;
            WriteDate(json, "asOf", form.AsOf, "$.asOf", FieldIds.AsOf, "The case date", paths, errors);
            WriteNumber(json, "age", form.Age, "$.age", FieldIds.Age, "Age", paths, errors);
            WriteChoice(json, "sex", form.Sex, "$.sex", FieldIds.Sex, paths);
            WriteNumber(json, "painDurationMonths", form.PainDurationMonths, "$.painDurationMonths", FieldIds.PainDurationMonths, "The pain duration", paths, errors);
            WriteChoice(json, "painType", form.PainType, "$.painType", FieldIds.PainType, paths);
            WriteConditions(json, form, "present", "conditions", paths);
            WriteConditions(json, form, "ruled-out", "ruledOut", paths);
            WriteFindings(json, form, paths, errors);
            WriteHistory(json, form, paths, errors);
            WriteNotDone(json, form, paths);
            WriteFlags(json, form, paths);
            json.WriteEndObject();
        }

        return errors.Any ? null : new CaseFormJson(buffer.ToArray(), paths);
    }

    private static void WriteConditions(Utf8JsonWriter json, CaseForm form, string state, string name, Dictionary<string, string> paths)
    {
        var ids = form.Conditions.Where(c => c.Value == state).Select(c => c.Key).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        for (var i = 0; i < ids.Count; i++)
        {
            json.WriteStringValue(ids[i]);
            paths[$"$.{name}[{i}]"] = FieldIds.Condition(ids[i]);
        }

        json.WriteEndArray();
    }

    private static void WriteFindings(Utf8JsonWriter json, CaseForm form, Dictionary<string, string> paths, FormErrors errors)
    {
        var given = CaseFacts.Findings.Where(f => !string.IsNullOrWhiteSpace(form.FindingOf(f.Key))).ToList();
        if (given.Count == 0)
        {
            return;
        }

        json.WriteStartObject("findings");
        foreach (var finding in given)
        {
            WriteNumber(json, finding.Key, form.FindingOf(finding.Key), "$.findings." + finding.Key, FieldIds.Finding(finding.Key), Capital(finding.Label), paths, errors);
        }

        json.WriteEndObject();
    }

    private static void WriteFlags(Utf8JsonWriter json, CaseForm form, Dictionary<string, string> paths)
    {
        var given = CaseFacts.Flags.Where(f => form.FlagOf(f.Key) is "yes" or "no").ToList();
        if (given.Count == 0)
        {
            return;
        }

        json.WriteStartObject("flags");
        foreach (var flag in given)
        {
            json.WriteBoolean(flag.Key, form.FlagOf(flag.Key) == "yes");
            paths["$.flags." + flag.Key] = FieldIds.Flag(flag.Key);
        }

        json.WriteEndObject();
    }

    private static void WriteHistory(Utf8JsonWriter json, CaseForm form, Dictionary<string, string> paths, FormErrors errors)
    {
        var rows = form.History.Select((row, index) => (row, index)).Where(r => !r.row.IsBlank).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        json.WriteStartArray("history");
        for (var i = 0; i < rows.Count; i++)
        {
            var (row, index) = rows[i];
            var at = $"$.history[{i}]";
            json.WriteStartObject();
            paths[at] = FieldIds.History(index, "intervention");
            if (string.IsNullOrWhiteSpace(row.Intervention))
            {
                errors.Add(FieldIds.History(index, "intervention"), $"History row {index + 1}: choose the intervention that was done.");
            }
            else
            {
                json.WriteString("intervention", row.Intervention.Trim());
                paths[at + ".intervention"] = FieldIds.History(index, "intervention");
            }

            if (!string.IsNullOrWhiteSpace(row.Variant))
            {
                var variant = row.Variant.Trim();
                json.WriteString("variant", variant[(variant.IndexOf('/', StringComparison.Ordinal) + 1)..]);
                paths[at + ".variant"] = FieldIds.History(index, "variant");
            }

            WriteDate(json, "date", row.Date, at + ".date", FieldIds.History(index, "date"), $"History row {index + 1}: the date", paths, errors);
            WriteNumber(json, "months", row.Months, at + ".months", FieldIds.History(index, "months"), $"History row {index + 1}: the months", paths, errors);
            WriteChoice(json, "outcome", row.Outcome, at + ".outcome", FieldIds.History(index, "outcome"), paths);
            WriteNumber(json, "reliefPercent", row.ReliefPercent, at + ".reliefPercent", FieldIds.History(index, "relief"), $"History row {index + 1}: the relief", paths, errors);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteNotDone(Utf8JsonWriter json, CaseForm form, Dictionary<string, string> paths)
    {
        var ids = form.NotDone.Where(i => !string.IsNullOrWhiteSpace(i)).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        json.WriteStartArray("notDone");
        for (var i = 0; i < ids.Count; i++)
        {
            json.WriteStringValue(ids[i]);
            paths[$"$.notDone[{i}]"] = FieldIds.NotDone;
        }

        json.WriteEndArray();
    }

    private static void WriteChoice(Utf8JsonWriter json, string name, string? value, string path, string field, Dictionary<string, string> paths)
    {
        if (string.IsNullOrWhiteSpace(value) || value == CaseForm.Unknown)
        {
            return;
        }

        json.WriteString(name, value.Trim());
        paths[path] = field;
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, string? text, string path, string field, string what, Dictionary<string, string> paths, FormErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var normalised = text.Trim().Replace(',', '.').Replace('\u2212', '-');
        if (!decimal.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            errors.Add(field, $"{what}: “{text}” is not a number. Type digits (a decimal point is allowed), or leave it blank if unknown.");
            return;
        }

        json.WriteNumber(name, number);
        paths[path] = field;
    }

    private static void WriteDate(Utf8JsonWriter json, string name, string? text, string path, string field, string what, Dictionary<string, string> paths, FormErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(field, $"{what}: “{text}” is not a date as YYYY-MM-DD (for example 2026-12-01), or leave it blank if unknown.");
            return;
        }

        json.WriteString(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        paths[path] = field;
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
