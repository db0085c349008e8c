using System.Text;
using System.Text.Json;
using Spinewise.Application.Evaluations;
using Spinewise.Application.Json;

namespace Spinewise.Application.Tests;

public sealed class EvaluateCaseTests
{
    [Fact]
    public void Execute_ValidCase_GivesTheContractWithEachSourceListedOnce()
    {
        var outcome = new EvaluateCase(Hosts.Shipped).Execute(Hosts.Example("stenosis-claudication"), "stenosis-claudication.json", null);

        var contract = outcome.Value.Contract;
        contract.CaseId.ShouldBe("stenosis-claudication");
        contract.KnowledgeVersion.ShouldBe(Hosts.Shipped.Version);
        contract.Interventions.ShouldNotBeEmpty();
        var cited = contract.Interventions.SelectMany(i => i.Criteria.Select(c => c.Source).Concat(i.Recommendations.Select(r => r.Source))).ToList();
        cited.ShouldNotBeEmpty();
        cited.ShouldAllBe(key => contract.Sources.ContainsKey(key));
        contract.Sources.Count.ShouldBeLessThan(cited.Count);
    }

    [Fact]
    public void Execute_InvalidCase_GivesEveryDiagnosticAndNoEvaluation()
    {
        var json = Encoding.UTF8.GetBytes("""{ "id": "x", "ageYears": -3, "painType": "sideways" }""");

        var outcome = new EvaluateCase(Hosts.Shipped).Execute(json, "request body", null);

        outcome.IsSuccess.ShouldBeFalse();
        var failure = outcome.Failure.ShouldBeOfType<InvalidCaseFailure>();
        failure.Diagnostics.Count.ShouldBeGreaterThan(1);
        failure.Diagnostics.ShouldAllBe(d => d.File == "request body");
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
    public void Contract_Serialized_HasTheSourcesTableAndKeysInsteadOfObjects()
    {
        var contract = new EvaluateCase(Hosts.Shipped).Execute(Hosts.Example("stenosis-claudication"), "case", null).Value.Contract;

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(contract, ContractJson.Options));

        var first = json.RootElement.GetProperty("interventions").EnumerateArray().SelectMany(i => i.GetProperty("criteria").EnumerateArray()).First();
        var key = first.GetProperty("source").GetString()!;
        json.RootElement.GetProperty("sources").GetProperty(key).GetProperty("document").GetString().ShouldNotBeNullOrEmpty();
    }
}
