using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Spinewise.Cli.Tests.Meta;

/// <summary>
/// A multilevel or contrast-based network reference case written as <c>meta mv</c> input: its columns (factors,
/// yi, vi, the model matrix's columns) to a data CSV, its V to a header-less matrix CSV, and its R call as options.
/// </summary>
internal static class MetaMvCase
{
    private static readonly string[] Factors = ["district", "school", "study", "comp", "design"];

    public static string[] Args(ReferenceCase c, TempCsv temp)
    {
        var input = c.Input;
        var columns = new List<(string Name, JsonElement Values)>();
        foreach (var f in Factors)
        {
            if (input.TryGetProperty(f, out var v)) columns.Add((f, v));
        }

        columns.Add(("yi", input.GetProperty("yi")));
        columns.Add(("vi", input.GetProperty("vi")));
        var mods = new List<string>();
        if (input.TryGetProperty("X_colnames", out var names))
        {
            var x = input.GetProperty("X");
            int j = 0;
            foreach (var name in names.EnumerateArray())
            {
                int col = j++;
                mods.Add(name.GetString()!);
                columns.Add((name.GetString()!, JsonDocument.Parse("[" + string.Join(",", x.EnumerateArray().Select(r => r[col].GetRawText())) + "]").RootElement));
            }
        }

        var args = new List<string> { "meta", "mv", temp.Write(c.Id + ".csv", Csv(columns)) };
        if (input.TryGetProperty("V", out var vm))
        {
            args.AddRange(["--V", temp.Write(c.Id + ".V.csv", string.Join("\n", vm.EnumerateArray().Select(r => string.Join(",", r.EnumerateArray().Select(e => e.GetRawText()))))+ "\n")]);
        }

        if (mods.Count > 0)
        {
            var formula = input.GetProperty("mods").GetString()!;
            args.AddRange(["--mods", string.Join(",", mods), "--intercept", formula.Replace(" ", "", StringComparison.Ordinal).EndsWith("-1", StringComparison.Ordinal) ? "false" : "true"]);
        }

        var random = input.GetProperty("random").GetString()!;
        if (!random.StartsWith("none", StringComparison.Ordinal))
        {
            var formulas = random.StartsWith("list(", StringComparison.Ordinal) ? random[5..^1].Split(',', StringSplitOptions.TrimEntries) : [random];
            foreach (var f in formulas) args.AddRange(["--random", f]);
        }

        if (input.TryGetProperty("fixed_correlations", out var fc) && fc.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in fc.EnumerateObject()) args.AddRange(["--" + p.Name, p.Value.GetDouble().ToString("R", CultureInfo.InvariantCulture)]);
        }

        args.AddRange(c.RmaArgs());
        args.Add("--json");
        return [.. args];
    }

    private static string Csv(List<(string Name, JsonElement Values)> columns)
    {
        var text = new StringBuilder(string.Join(",", columns.Select(c => c.Name))).Append('\n');
        int k = columns[0].Values.GetArrayLength();
        for (int i = 0; i < k; i++)
        {
            text.AppendJoin(",", columns.Select(c => c.Values[i] is var e && e.ValueKind == JsonValueKind.String ? "\"" + e.GetString()!.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : e.GetRawText())).Append('\n');
        }

        return text.ToString();
    }
}
