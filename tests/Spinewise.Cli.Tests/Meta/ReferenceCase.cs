using System.Globalization;
using System.Text.Json;
using Spinewise.Testing;

namespace Spinewise.Cli.Tests.Meta;

/// <summary>A metafor reference case (shared/reference/metafor/cases) translated into CLI arguments.</summary>
internal sealed class ReferenceCase
{
    private ReferenceCase(string id, JsonElement root)
    {
        Id = id;
        Input = root.GetProperty("input");
        Expected = root.GetProperty("expected");
        Category = root.GetProperty("category").GetString()!;
        Dataset = Path.Combine(Folder, "data", root.GetProperty("dataset").GetString() + ".csv");
    }

    public static string Folder => Path.Combine(RepositoryPaths.Shared, "reference", "metafor");

    public string Id { get; }

    public JsonElement Input { get; }

    public JsonElement Expected { get; }

    public string Category { get; }

    public string Dataset { get; }

    public static ReferenceCase Load(string id)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "cases", id + ".json")));
        return new ReferenceCase(id, doc.RootElement.Clone());
    }

    /// <summary>escalc arguments: measure, column mapping and the options that differ from metafor's defaults.</summary>
    public List<string> EscalcArgs(JsonElement spec)
    {
        var args = new List<string> { "--measure", spec.GetProperty("measure").GetString()! };
        foreach (var c in spec.GetProperty("columns").EnumerateObject()) args.AddRange([$"--{c.Name}", c.Value.GetString()!]);
        if (spec.TryGetProperty("options", out var o) && o.ValueKind == JsonValueKind.Object)
        {
            if (o.TryGetProperty("add", out var add) && add.GetDouble() != 0.5) args.AddRange(["--add", add.GetDouble().ToString(CultureInfo.InvariantCulture)]);
            if (o.TryGetProperty("to", out var to) && to.GetString() != "only0") args.AddRange(["--to", to.GetString()!]);
            if (o.TryGetProperty("drop00", out var d) && d.GetBoolean() != (Input.GetProperty("function").GetString() != "escalc"))
                args.AddRange(["--drop00", d.GetBoolean() ? "true" : "false"]);
            if (o.TryGetProperty("vtype", out var v) && v.GetString() != "LS") args.AddRange(["--vtype", v.GetString()!]);
            if (o.TryGetProperty("correct", out var cor) && !cor.GetBoolean()) args.AddRange(["--correct", "false"]);
        }

        return args;
    }

    /// <summary>Data arguments of model cases: escalc from raw columns, or the dataset's yi/vi columns.</summary>
    public List<string> DataArgs()
    {
        var args = new List<string> { Dataset };
        if (Input.TryGetProperty("escalc", out var e) && e.ValueKind == JsonValueKind.Object) args.AddRange(EscalcArgs(e));
        return args;
    }

    /// <summary>rma options of model cases.</summary>
    public List<string> RmaArgs()
    {
        var args = new List<string>();
        if (Input.TryGetProperty("method", out var m)) args.AddRange(["--method", m.GetString()!]);
        if (Input.TryGetProperty("test", out var t)) args.AddRange(["--test", t.GetString()!]);
        if (Input.TryGetProperty("level", out var l)) args.AddRange(["--level", l.GetDouble().ToString(CultureInfo.InvariantCulture)]);
        return args;
    }
}
