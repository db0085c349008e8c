using System.Text.Json;
using Spinewise.Application.CdsHooks;
using Spinewise.Application.Json;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Decisions;
using Spinewise.Testing;

namespace Spinewise.Application.Tests.CdsHooks;

/// <summary>Cards built from the example cases on the shipped knowledge, with a fixed evaluation id and links.</summary>
internal static class Cards
{
    public static readonly Guid EvaluationId = new("0b9e4d3a-5c21-4f7e-8a66-2d1c9b7e4f10");

    public static CardContext Context { get; } = new(
        EvaluationId,
        new Uri($"https://spinewise.example/evaluations/{EvaluationId:D}"),
        new Uri("https://spinewise.example/cds-services"),
        "example-patient");

    public static CdsCardBuilder Builder { get; } = new(Hosts.Shipped);

    public static DecisionReport Report(string example)
    {
        var patient = CaseJsonReader.Read(Hosts.Example(example), example + ".json", Hosts.Shipped.Knowledge).Value;
        return Hosts.Shipped.Engine.Evaluate(patient, Hosts.Shipped.Today);
    }

    public static CdsCards Order(string example, string intervention, string? variant = null, CdsHook hook = CdsHook.OrderSelect) =>
        Builder.ForOrders(Report(example), [new OrderedIntervention(intervention, variant, "ServiceRequest/draft-1")], hook, Context);

    public static string Json(CdsCards cards) => JsonSerializer.Serialize(cards, ContractJson.Options).ReplaceLineEndings("\n") + "\n";

    /// <summary>
    /// Compares the JSON with <c>CdsHooks/Snapshots/NAME.verified.json</c>; on a difference writes <c>NAME.received.json</c>
    /// beside it for review and fails (accept by renaming it over the verified file).
    /// </summary>
    public static void MatchSnapshot(string name, CdsCards cards) =>
        ReviewedSnapshot.Match(Path.Combine(RepositoryPaths.Repository, "tests", "Spinewise.Application.Tests", "CdsHooks", "Snapshots", name + ".verified.json"), Json(cards));
}
