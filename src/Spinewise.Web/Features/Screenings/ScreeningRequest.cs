using System.Globalization;
using System.Text.Json;
using Spinewise.Fhir.Bulk;
using Spinewise.Web.Problems;

namespace Spinewise.Web.Features.Screenings;

/// <summary>The body of <c>POST /api/screenings</c>, read: <c>{ "export": "/path", "asOf"?, "shard"?, "formats"? }</c>.</summary>
/// <param name="Export">The export folder as given.</param>
/// <param name="AsOf">The evaluation date, or null for the day the job runs.</param>
/// <param name="Shard">The shard (<see cref="BulkShard.All"/> unless given).</param>
/// <param name="Ndjson">Whether to write patients.ndjson.</param>
/// <param name="Csv">Whether to write patients.csv.</param>
internal sealed record ScreeningRequest(string Export, DateOnly? AsOf, BulkShard Shard, bool Ndjson, bool Csv)
{
    public const string Example = """{ "export": "/srv/exports/2026-12-01", "asOf": "2026-12-01", "shard": "0/1", "formats": ["ndjson", "csv"] }""";

    private static readonly string[] Members = ["export", "asOf", "shard", "formats"];

    /// <summary>The formats as stored: <c>ndjson</c>, <c>csv</c> or <c>ndjson,csv</c>.</summary>
    public string Formats => string.Join(',', new[] { Ndjson ? "ndjson" : null, Csv ? "csv" : null }.OfType<string>());

    /// <summary>Reads the body, listing every problem at its JSON path; the request or the problems, never both.</summary>
    public static ScreeningRequest? Read(byte[] body, List<ProblemError> errors)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            errors.Add(new ProblemError("malformed-json", $"The body is not JSON: {ex.Message}", "$", (int?)(ex.LineNumber + 1), (int?)(ex.BytePositionInLine + 1)));
            return null;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new ProblemError("invalid-field", $"The body must be a JSON object, not {Kind(root)}.", "$"));
            return null;
        }

        foreach (var member in root.EnumerateObject().Where(m => !Members.Contains(m.Name, StringComparer.Ordinal)))
        {
            errors.Add(new ProblemError("unknown-field", $"'{member.Name}' is not a member of a screening request (it takes {string.Join(", ", Members)}).", "$." + member.Name));
        }

        var export = root.TryGetProperty("export", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString()! : null;
        if (export is null)
        {
            errors.Add(new ProblemError("invalid-field", e.ValueKind == JsonValueKind.Undefined ? "export is required: the export folder on the server, as an absolute path." : $"export must be a string, not {Kind(e)}.", "$.export"));
        }
        else if (!Path.IsPathFullyQualified(export))
        {
            errors.Add(new ProblemError("invalid-field", $"export '{export}' is not an absolute path.", "$.export"));
        }

        var asOf = ReadDate(root, errors);
        var shard = ReadShard(root, errors);
        var (ndjson, csv) = ReadFormats(root, errors);
        return errors.Count == 0 ? new ScreeningRequest(export!, asOf, shard, ndjson, csv) : null;
    }

    private static DateOnly? ReadDate(JsonElement root, List<ProblemError> errors)
    {
        if (!root.TryGetProperty("asOf", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new ProblemError("invalid-field", $"asOf {value.GetRawText()} is not a date as YYYY-MM-DD.", "$.asOf"));
        return null;
    }

    private static BulkShard ReadShard(JsonElement root, List<ProblemError> errors)
    {
        if (!root.TryGetProperty("shard", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return BulkShard.All;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(new ProblemError("invalid-field", $"shard must be a string I/N, not {Kind(value)}.", "$.shard"));
            return BulkShard.All;
        }

        if (!BulkShard.TryParse(value.GetString()!, out var shard, out var error))
        {
            errors.Add(new ProblemError("invalid-field", $"shard {error}.", "$.shard"));
        }

        return shard;
    }

    private static (bool Ndjson, bool Csv) ReadFormats(JsonElement root, List<ProblemError> errors)
    {
        if (!root.TryGetProperty("formats", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return (true, true);
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            errors.Add(new ProblemError("invalid-field", $"formats must be a non-empty array of \"ndjson\" and \"csv\", not {(value.ValueKind == JsonValueKind.Array ? "an empty array" : Kind(value))}.", "$.formats"));
            return (false, false);
        }

        var (ndjson, csv) = (false, false);
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            switch (item.ValueKind == JsonValueKind.String ? item.GetString() : null)
            {
                case "ndjson":
                    ndjson = true;
                    break;
                case "csv":
                    csv = true;
                    break;
                default:
                    errors.Add(new ProblemError("invalid-field", $"formats[{index}] {item.GetRawText()} is not \"ndjson\" or \"csv\".", $"$.formats[{index}]"));
                    break;
            }

            index++;
        }

        return (ndjson, csv);
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
