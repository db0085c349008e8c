using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Spinewise.Evidence.Tests.Reference;

/// <summary>JSON helpers: null → NaN, "Inf"/"-Inf" strings → infinities.</summary>
internal static class Json
{
    public static double D(JsonNode? n)
    {
        if (n is null) return double.NaN;
        if (n is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            var s = v.GetValue<string>();
            return s switch { "Inf" => double.PositiveInfinity, "-Inf" => double.NegativeInfinity, _ => double.Parse(s, CultureInfo.InvariantCulture) };
        }
        if (n is JsonValue b && (b.GetValueKind() == JsonValueKind.True || b.GetValueKind() == JsonValueKind.False)) return b.GetValue<bool>() ? 1 : 0;
        return n.GetValue<double>();
    }

    public static double[] Arr(JsonNode? n) => n is null ? [] : n is JsonArray a ? a.Select(D).ToArray() : [D(n)];

    public static string[] Strs(JsonNode? n) => n is null ? [] : n.AsArray().Select(x => x is null ? null! : x.ToString()).ToArray();

    public static string? S(JsonNode? n) => n?.ToString();
}
