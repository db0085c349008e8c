using System.Text.Json;
using Spinewise.Domain.Cases;
using Spinewise.Testing;

namespace Spinewise.Domain.Tests.Cases;

/// <summary>The published JSON Schema and case documentation say what the reader accepts: the same keys and ranges.</summary>
public sealed class CaseSchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Repository, "docs", "case.schema.json"))).RootElement;

    private static List<string> Keys(JsonElement properties) => properties.EnumerateObject().Select(p => p.Name).ToList();

    [Fact]
    public void Schema_FindingsAreTheReadersWithTheirRanges()
    {
        var findings = Schema.GetProperty("properties").GetProperty("findings");

        findings.GetProperty("additionalProperties").GetBoolean().ShouldBeFalse();
        Keys(findings.GetProperty("properties")).ShouldBe(CaseFacts.Findings.Select(f => f.Key));
        foreach (var f in CaseFacts.Findings)
        {
            var p = findings.GetProperty("properties").GetProperty(f.Key);
            (p.GetProperty("minimum").GetDouble(), p.GetProperty("maximum").GetDouble()).ShouldBe((f.Minimum, f.Maximum), f.Key);
            p.GetProperty("type").GetString().ShouldBe(f.WholeNumber ? "integer" : "number", f.Key);
        }
    }

    [Fact]
    public void Schema_FlagsAndTopLevelKeysAreTheReaders()
    {
        var properties = Schema.GetProperty("properties");

        Keys(properties.GetProperty("flags").GetProperty("properties")).ShouldBe(CaseFacts.Flags.Select(f => f.Key));
        Keys(properties).ShouldBe(["id", "asOf", "age", "sex", "painDurationMonths", "painType", "conditions", "ruledOut", "findings", "history", "notDone", "flags"]);
        Schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ShouldBe(["id"]);
    }

    [Fact]
    public void Docs_NameEveryFindingAndFlag()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Repository, "docs", "case.md"));

        foreach (var key in CaseFacts.Findings.Select(f => f.Key).Concat(CaseFacts.Flags.Select(f => f.Key)))
        {
            doc.ShouldContain($"`{key}`");
        }
    }

    [Fact]
    public void Examples_AreValidCases()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Repository, "examples", "cases"), "*.json"))
        {
            var result = CaseJsonReader.Read(File.ReadAllBytes(file), file, ShippedKnowledge.Value);
            result.Diagnostics.ShouldBeEmpty(string.Join("\n", result.Diagnostics));
            result.Value.Id.ShouldBe(Path.GetFileNameWithoutExtension(file));
        }
    }
}
