using System.Text;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Decisions;
using Spinewise.Testing;

namespace Spinewise.Domain.Tests.Decisions;

/// <summary>Builds cases from JSON (through the real reader) and evaluates them.</summary>
internal static class TestCases
{
    public static readonly DateOnly Today = new(2026, 12, 1);

    private static readonly Lazy<DecisionEngine> Shipped = new(() => DecisionEngine.Compile(ShippedKnowledge.Value));

    public static DecisionEngine ShippedEngine => Shipped.Value;

    public static PatientCase Parse(KnowledgeBase kb, string json)
    {
        var result = CaseJsonReader.Read(Encoding.UTF8.GetBytes(json), "test.json", kb);
        return result.IsSuccess ? result.Value : throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
    }

    public static DecisionReport Evaluate(DecisionEngine engine, string json) => engine.Evaluate(Parse(engine.Knowledge, json), Today);

    public static InterventionAssessment Of(this DecisionReport report, string intervention) =>
        report.Interventions.Single(a => a.Intervention.Id.Value == intervention);
}
