using System.Text.Json.Nodes;

namespace Spinewise.Evidence.Tests.Reference;

/// <summary>Loads metafor reference cases from ../shared/reference/metafor next to the repository root.</summary>
internal static class ReferenceCases
{
    private static readonly Lazy<string> Root = new(FindRoot);
    private static readonly Lazy<Dictionary<string, JsonObject>> All = new(Load);

    public static string Folder => Root.Value;

    public static JsonObject Get(string id) => All.Value[id];

    public static IReadOnlyCollection<JsonObject> Cases => All.Value.Values;

    public static TheoryData<string> Ids(params string[] categories)
    {
        var data = new TheoryData<string>();
        foreach (var c in All.Value.Values.Where(c => categories.Contains((string?)c["category"])).OrderBy(c => (string?)c["id"], StringComparer.Ordinal))
            data.Add((string)c["id"]!);
        return data;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Spinewise.slnx"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("Spinewise.slnx not found above " + AppContext.BaseDirectory);
        return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "reference", "metafor"));
    }

    private static Dictionary<string, JsonObject> Load()
    {
        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(Root.Value, "cases"), "*.json"))
        {
            if (Path.GetFileName(file).StartsWith('_')) continue;
            var node = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            result[(string)node["id"]!] = node;
        }
        return result;
    }
}
