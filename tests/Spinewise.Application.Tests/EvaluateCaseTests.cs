using System.Text;
using System.Text.Json;
using Spinewise.Application.Evaluations;
using Spinewise.Application.Json;
using Spinewise.Domain.Decisions;

namespace Spinewise.Application.Tests;

public sealed class EvaluateCaseTests
{
    [Fact]
    public void Execute_ValidCase_GivesTheContractWithEachRecommendationsApplicabilitySourceAndDocumentListedOnce()
    {
        var outcome = new EvaluateCase(Hosts.Shipped).Execute(Hosts.Example("stenosis-claudication"), "stenosis-claudication.json", null);

        var contract = outcome.Value.Contract;
        contract.CaseId.ShouldBe("stenosis-claudication");
        contract.KnowledgeVersion.ShouldBe(Hosts.Shipped.Version);
        contract.Interventions.ShouldNotBeEmpty();
        var referenced = contract.Interventions.SelectMany(i => i.Recommendations.Select(r => r.Id)).ToList();
        var grouped = contract.Applicability.SelectMany(g => g.Recommendations).ToList();
        grouped.ShouldBe(grouped.Distinct(), "each recommendation is in one applicability group");
        grouped.ShouldBe(referenced.Distinct(), ignoreOrder: true);
        grouped.Count.ShouldBeLessThan(referenced.Count);
        contract.Applicability.Count.ShouldBeLessThan(grouped.Count, "recommendations with the same reasons share a group");
        contract.Applicability.Select(g => (g.Applies, g.Why)).ShouldBe(contract.Applicability.Select(g => (g.Applies, g.Why)).Distinct());
        contract.Applicability.Select(g => g.Applies).ShouldBe(
            contract.Applicability.Select(g => g.Applies).OrderBy(a => a switch { Applicability.Yes => 0, Applicability.Unknown => 1, _ => 2 }));
        var cited = contract.Interventions.SelectMany(i => i.NotAddressedBy.Select(n => n.Source))
            .Concat(contract.Reasons.Values.SelectMany(g => g.Reasons.Select(r => r.Source!)))
            .ToList();
        cited.ShouldAllBe(key => contract.Sources.ContainsKey(key));
        contract.Sources.Keys.ShouldBe(cited.Distinct(), ignoreOrder: true);
        contract.Documents.Keys.ShouldBe(contract.Sources.Values.Select(s => s.Document).Distinct(), ignoreOrder: true);
        var conflictReasons = contract.Interventions.SelectMany(i => i.Conflicts.SelectMany(c => c.Reasons)).ToList();
        conflictReasons.ShouldNotBeEmpty();
        contract.Reasons.Keys.ShouldBe(conflictReasons.Distinct(), ignoreOrder: true);
    }

    [Fact]
    public void Contract_StenosisExample_IsAtMostSixtyKilobytesOnTheWire()
    {
        var contract = new EvaluateCase(Hosts.Shipped).Execute(Hosts.Example("stenosis-claudication"), "case", null).Value.Contract;

        var bytes = JsonSerializer.SerializeToUtf8Bytes(contract, ContractJson.Wire);

        bytes.Length.ShouldBeLessThanOrEqualTo(60_000, "the stenosis example's answer lists each fact once and references the knowledge by id");
        contract.Interventions.Count.ShouldBeGreaterThan(20, "the size is that of a full answer, not of an empty one");
        contract.Applicability.Sum(g => g.Recommendations.Count).ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Execute_InvalidCase_GivesEveryDiagnosticAndNoEvaluation()
    {
        var json = Encoding.UTF8.GetBytes("""{ "id": "x", "ageYears": -3, "painType": "sideways" }""");

        var outcome = new EvaluateCase(Hosts.Shipped).Execute(json, "request body", null);

        outcome.IsSuccess.ShouldBeFalse();
        var failure = outcome.Failure.ShouldBeOfType<InvalidCaseFailure>();
        failure.Diagnostics.Count.ShouldBeGreaterThan(1);
        failure.Diagnostics.ShouldAllBe(d => d.Location.File == "request body");
    }

    [Fact]
    public void Execute_NoAsOfInCaseOrCall_EvaluatesAsOfTheClocksToday()
    {
        var json = Encoding.UTF8.GetString(Hosts.Example("sparse"));
        var withoutAsOf = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;
        withoutAsOf.Remove("asOf");
        var bytes = JsonSerializer.SerializeToUtf8Bytes(withoutAsOf);

        var today = new EvaluateCase(Hosts.Shipped).Execute(bytes, "case", null).Value.Contract;
        var given = new EvaluateCase(Hosts.Shipped).Execute(bytes, "case", new DateOnly(2025, 3, 4)).Value.Contract;

        today.AsOf.ShouldBe("2026-11-20");
        given.AsOf.ShouldBe("2025-03-04");
    }

    [Fact]
    public void Contract_Serialized_HasTheTablesAndKeysInsteadOfObjects()
    {
        var contract = new EvaluateCase(Hosts.Shipped).Execute(Hosts.Example("stenosis-claudication"), "case", null).Value.Contract;

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(contract, ContractJson.Wire));

        var root = json.RootElement;
        var first = root.GetProperty("interventions").EnumerateArray().SelectMany(i => i.GetProperty("recommendations").EnumerateArray()).First();
        var id = first.GetProperty("id").GetString()!;
        var group = root.GetProperty("applicability").EnumerateArray().Single(g => g.GetProperty("recommendations").EnumerateArray().Any(r => r.GetString() == id));
        group.GetProperty("why").GetString().ShouldNotBeNullOrEmpty();
        foreach (var knowledge in new[] { "statement", "grade", "level", "certainty", "source" })
        {
            group.TryGetProperty(knowledge, out _).ShouldBeFalse(knowledge);
        }

        var notAddressed = root.GetProperty("interventions").EnumerateArray().SelectMany(i => i.GetProperty("notAddressedBy").EnumerateArray()).First();
        var source = root.GetProperty("sources").GetProperty(notAddressed.GetProperty("source").GetString()!);
        root.GetProperty("documents").GetProperty(source.GetProperty("document").GetString()!).GetProperty("citation").GetString().ShouldNotBeNullOrEmpty();
        root.GetProperty("interventions")[0].TryGetProperty("label", out _).ShouldBeFalse();
    }
}
