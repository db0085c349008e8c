using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Spinewise.Web.Pages.Evaluate;

/// <summary>
/// Fills the case form from a case's JSON (a stored input, or the case a FHIR chart mapped to), so that re-evaluating
/// with one answer changed keeps every other. Numbers are shown as the JSON wrote them.
/// </summary>
internal static class CaseFormFill
{
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The form of the case in <paramref name="utf8"/> (history rows padded with <paramref name="blankRows"/> empty ones).</summary>
    public static CaseForm From(ReadOnlyMemory<byte> utf8, int blankRows)
    {
        if (utf8.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[Encoding.UTF8.Preamble.Length..];
        }

        using var document = JsonDocument.Parse(utf8, Lenient);
        var root = document.RootElement;
        var form = new CaseForm
        {
            Id = Text(root, "id"),
            AsOf = Text(root, "asOf"),
            Age = Text(root, "age"),
            Sex = Text(root, "sex") ?? CaseForm.Unknown,
            PainDurationMonths = Text(root, "painDurationMonths"),
            PainType = Text(root, "painType") ?? CaseForm.Unknown,
        };
        foreach (var id in Strings(root, "conditions"))
        {
            form.Conditions[id] = "present";
        }

        foreach (var id in Strings(root, "ruledOut"))
        {
            form.Conditions[id] = "ruled-out";
        }

        if (root.TryGetProperty("findings", out var findings) && findings.ValueKind == JsonValueKind.Object)
        {
            foreach (var finding in findings.EnumerateObject())
            {
                form.Findings[finding.Name] = Value(finding.Value);
            }
        }

        if (root.TryGetProperty("flags", out var flags) && flags.ValueKind == JsonValueKind.Object)
        {
            foreach (var flag in flags.EnumerateObject())
            {
                form.Flags[flag.Name] = flag.Value.ValueKind switch { JsonValueKind.True => "yes", JsonValueKind.False => "no", _ => CaseForm.Unknown };
            }
        }

        if (root.TryGetProperty("history", out var history) && history.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in history.EnumerateArray())
            {
                var intervention = Text(entry, "intervention");
                var variant = Text(entry, "variant");
                form.History.Add(new HistoryRow
                {
                    Intervention = intervention,
                    Variant = variant is null ? null : $"{intervention}/{variant}",
                    Date = Text(entry, "date"),
                    Months = Text(entry, "months"),
                    Outcome = Text(entry, "outcome"),
                    ReliefPercent = Text(entry, "reliefPercent"),
                });
            }
        }

        form.NotDone.AddRange(Strings(root, "notDone"));
        Pad(form, blankRows);
        return form;
    }

    /// <summary>Adds blank history rows until <paramref name="blankRows"/> of them end the list.</summary>
    public static void Pad(CaseForm form, int blankRows)
    {
        ArgumentNullException.ThrowIfNull(form);
        var blank = form.History.AsEnumerable().Reverse().TakeWhile(r => r.IsBlank).Count();
        for (var i = blank; i < blankRows; i++)
        {
            form.History.Add(new HistoryRow());
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? Value(value)
            : null;

    private static string Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Number => value.TryGetDecimal(out var number) ? number.ToString(CultureInfo.InvariantCulture) : value.GetRawText(),
        _ => value.GetRawText(),
    };

    private static List<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];
}
