using System.Text.Json;
using System.Text.Json.Nodes;
using Spinewise.Application.Evaluations;
using Spinewise.Application.Json;
using Spinewise.Testing;

namespace Spinewise.Application.Tests;

/// <summary>
/// Every example's answer has every field docs/recommend.schema.json requires and none it does not describe, at every
/// level, and every source and document key resolves.
/// </summary>
public sealed class RecommendSchemaTests
{
    public static TheoryData<string> Examples() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Repository, "examples", "cases"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order()];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Contract_Example_HasEveryRequiredFieldOfTheSchema(string example)
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Repository, "docs", "recommend.schema.json")))!;
        var contract = new EvaluateCase(Hosts.Shipped).Execute(Hosts.Example(example), example, null).Value.Contract;
        var answer = JsonNode.Parse(JsonSerializer.Serialize(contract, ContractJson.Options))!;
        var missing = new List<string>();

        var checkedFields = Walk(schema, answer, "$", missing);

        missing.ShouldBeEmpty();
        checkedFields.ShouldBeGreaterThan(100);
        var sources = answer["sources"]!.AsObject();
        var cited = Keys(answer["interventions"]!).Concat(Keys(answer["reasons"]!)).ToList();
        cited.ShouldNotBeEmpty();
        cited.ShouldAllBe(key => sources.ContainsKey(key));
        var documents = answer["documents"]!.AsObject();
        sources.Select(s => s.Value!["document"]!.GetValue<string>()).ShouldAllBe(document => documents.ContainsKey(document));
    }

    /// <summary>Checks the instance against the schema's required, properties, items and additionalProperties (a schema or false); returns the fields checked.</summary>
    private static int Walk(JsonNode schema, JsonNode? instance, string path, List<string> missing)
    {
        var count = 0;
        if (instance is JsonObject obj)
        {
            foreach (var name in schema["required"]?.AsArray().Select(n => n!.GetValue<string>()) ?? [])
            {
                count++;
                if (!obj.ContainsKey(name))
                {
                    missing.Add($"{path}.{name}");
                }
            }

            foreach (var (name, sub) in schema["properties"]?.AsObject() ?? [])
            {
                if (obj.TryGetPropertyValue(name, out var value))
                {
                    count += Walk(sub!, value, $"{path}.{name}", missing);
                }
            }

            if (schema["additionalProperties"] is JsonValue closed && !closed.GetValue<bool>())
            {
                var known = schema["properties"]?.AsObject().Select(p => p.Key).ToHashSet() ?? [];
                missing.AddRange(obj.Where(p => !known.Contains(p.Key)).Select(p => $"{path}.{p.Key} (not in the schema)"));
            }

            if (schema["additionalProperties"] is JsonObject each)
            {
                foreach (var (name, value) in obj)
                {
                    count += Walk(each, value, $"{path}[{name}]", missing);
                }
            }
        }
        else if (instance is JsonArray array && schema["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                count += Walk(items, array[i], $"{path}[{i}]", missing);
            }
        }

        return count;
    }

    private static IEnumerable<string> Keys(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "source" && p.Value is JsonValue v ? [v.GetValue<string>()] : p.Value is null ? [] : Keys(p.Value)),
        JsonArray a => a.Where(x => x is not null).SelectMany(x => Keys(x!)),
        _ => [],
    };
}
