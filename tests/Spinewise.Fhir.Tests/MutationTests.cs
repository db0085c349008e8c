using System.Text;
using System.Text.Json.Nodes;
using Spinewise.Testing;

namespace Spinewise.Fhir.Tests;

/// <summary>
/// Differential test of the fast reader's checks: every example chart is broken in many small ways (an element
/// removed, a value of another JSON type, an empty or bad literal, an unknown element, an array for a single value and
/// back); for each, the reader the mapper uses and the Firely reader alone must both reject it or give the same mapping
/// (the diagnostics are Firely's whenever the fast reader gives up; they differ only where the fast reader locates a
/// problem Firely does not, a missing <c>resourceType</c>). A check the fast reader lacks shows up as a chart it accepts
/// that Firely rejects.
/// </summary>
public sealed class MutationTests
{
    private static readonly JsonNode?[] Replacements =
    [
        JsonValue.Create(""), JsonValue.Create(" padded"), JsonValue.Create("two words"), JsonValue.Create("2020-13-01"),
        JsonValue.Create("2026-01-01T10:00:00"), JsonValue.Create(5), JsonValue.Create(1.5), JsonValue.Create(-1), JsonValue.Create(0),
        JsonValue.Create(true), null, new JsonObject(), new JsonArray(), JsonValue.Create("x\u0001y"),
    ];

    public static TheoryData<string> Examples => FastReaderTests.Examples;

    [Theory]
    [MemberData(nameof(Examples))]
    public void BrokenExampleChart_BothReadersAgree(string name)
    {
        var original = JsonNode.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Repository, "examples", "fhir", name)))!;
        var disagreements = new List<string>();
        var count = 0;
        foreach (var (what, mutated) in Mutations(original))
        {
            count++;
            var json = Encoding.UTF8.GetBytes(mutated.ToJsonString());
            var (usedRead, firelyRead) = (Charts.Mapper.ReadBundle(json, "chart.json"), Internal.FirelyReader.Read(json, "chart.json", null, bundleOnly: true, withLines: true));
            var (used, firely) = (Readers.Describe(usedRead), Readers.Describe(firelyRead));
            if (usedRead.IsSuccess != firelyRead.IsSuccess || (usedRead.IsSuccess && used != firely))
            {
                disagreements.Add($"{what}:\n  fast:   {Head(used)}\n  firely: {Head(firely)}");
            }
        }

        count.ShouldBeGreaterThan(100);
        disagreements.ShouldBeEmpty(string.Join("\n", disagreements.Take(15)));
    }

    private static string Head(string text) => text.Length > 300 ? text[..300] : text;

    /// <summary>Every mutation of the document: (description, mutated copy).</summary>
    private static IEnumerable<(string What, JsonNode Mutated)> Mutations(JsonNode root)
    {
        foreach (var (path, node) in Nodes(root, "$"))
        {
            if (node.Parent is JsonObject)
            {
                var key = node.GetPropertyName();
                yield return ($"{path} removed", Edit(root, path, n => n.Parent!.AsObject().Remove(key)));
                foreach (var replacement in Replacements)
                {
                    yield return ($"{path} = {replacement?.ToJsonString() ?? "null"}", Edit(root, path, n => n.Parent!.AsObject()[key] = replacement?.DeepClone()));
                }

                yield return ($"{path} wrapped in an array", Edit(root, path, n => n.Parent!.AsObject()[key] = new JsonArray(n.DeepClone())));
                if (node is JsonArray { Count: > 0 })
                {
                    yield return ($"{path} unwrapped", Edit(root, path, n => n.Parent!.AsObject()[key] = n.AsArray()[0]!.DeepClone()));
                }

                yield return ($"{path} with a _{key} sibling", Edit(root, path, n => n.Parent!.AsObject()["_" + key] = new JsonObject { ["id"] = "x" }));
            }

            if (node is JsonObject)
            {
                yield return ($"{path}.colour added", Edit(root, path, n => n.AsObject()["colour"] = "red"));
                yield return ($"{path}.extension added", Edit(root, path, n => n.AsObject()["extension"] = JsonNode.Parse("""[{ "valueString": "no url" }]""")));
            }
        }
    }

    /// <summary>A copy of the document with an edit made at one node.</summary>
    private static JsonNode Edit(JsonNode root, string path, Action<JsonNode> edit)
    {
        var copy = root.DeepClone();
        edit(Nodes(copy, "$").First(n => n.Path == path).Node);
        return copy;
    }

    private static IEnumerable<(string Path, JsonNode Node)> Nodes(JsonNode node, string path)
    {
        yield return (path, node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (value is not null)
                    {
                        foreach (var child in Nodes(value, $"{path}.{key}"))
                        {
                            yield return child;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item)
                    {
                        foreach (var child in Nodes(item, $"{path}[{i}]"))
                        {
                            yield return child;
                        }
                    }
                }

                break;
        }
    }
}
