using System.Globalization;
using System.Text;
using System.Text.Json;
using Spinewise.Application.Meta;

namespace Spinewise.Application.Tests.Meta;

/// <summary>Test rows: the first six BCG trials (counts), and yi/vi with a moderator, as CSV text and as JSON rows.</summary>
internal static class Studies
{
    public const string Source = "request body";

    public static readonly (string Study, int Tpos, int Tneg, int Cpos, int Cneg, string Alloc)[] Bcg =
    [
        ("Aronson", 4, 119, 11, 128, "random"), ("Ferguson & Simes", 6, 300, 29, 274, "random"), ("Rosenthal et al", 3, 228, 11, 209, "random"),
        ("Hart & Sutherland", 62, 13536, 248, 12619, "random"), ("Frimodt-Moller et al", 33, 5036, 47, 5761, "alternate"),
        ("Stein & Aronson", 180, 1361, 372, 1079, "alternate"), ("Vandiviere et al", 8, 2537, 10, 619, "random"),
    ];

    public static string Csv()
    {
        var text = new StringBuilder("study,ai,bi,ci,di,alloc\n");
        foreach (var s in Bcg) text.Append(CultureInfo.InvariantCulture, $"\"{s.Study}\",{s.Tpos},{s.Tneg},{s.Cpos},{s.Cneg},{s.Alloc}\n");
        return text.ToString();
    }

    public static JsonElement Json() => JsonSerializer.SerializeToElement(
        Bcg.Select(s => new Dictionary<string, object> { ["study"] = s.Study, ["ai"] = s.Tpos, ["bi"] = s.Tneg, ["ci"] = s.Cpos, ["di"] = s.Cneg, ["alloc"] = s.Alloc }));

    public static MetaRows CsvRows() => MetaRows.FromCsv(Csv(), Source);

    public static MetaRows JsonRows() => MetaRows.FromJson(Json(), Source);

    public static MetaRequest Request(MetaRows rows, params (string Name, string Value)[] options) =>
        new(rows, options.ToDictionary(o => o.Name, o => o.Value));

    public static string Serialize<T>(T report) => JsonSerializer.Serialize(report, Spinewise.Application.Json.ContractJson.Options);
}
