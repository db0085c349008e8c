using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Tests.Decisions;

/// <summary><see cref="DecisionEngine.Assess"/> (one intervention, as the screening audit asks) against the whole report.</summary>
public sealed class AssessTests
{
    private static readonly DecisionEngine Engine = TestCases.ShippedEngine;

    /// <summary>For every intervention of the report, the one-intervention assessment is the report's, field by field.</summary>
    [Property(MaxTest = 300)]
    public Property Assess_EqualsTheReportsAssessment() =>
        Prop.ForAll(CaseGenerators.Case(Engine.Knowledge).ToArbitrary(), patient =>
        {
            var report = Engine.Evaluate(patient, TestCases.Today);
            return report.Interventions.All(expected => Engine.Assess(patient, TestCases.Today, expected.Intervention.Id) is { } one && Same(expected, one));
        });

    [Fact]
    public void Assess_AnInterventionNoSourceSpeaksTo_IsNull()
    {
        var patient = TestCases.Parse(Engine.Knowledge, """{ "id": "c-1", "age": 60, "painType": "axial" }""");

        Engine.Assess(patient, TestCases.Today, new InterventionId("no-such-intervention")).ShouldBeNull();
    }

    private static bool Same(InterventionAssessment a, InterventionAssessment b) =>
        a.Intervention == b.Intervention && a.Status == b.Status
        && a.Criteria.Select(c => (c.Criterion, c.Result)).SequenceEqual(b.Criteria.Select(c => (c.Criterion, c.Result)))
        && a.Decisive.Select(c => (c.Criterion, c.Result)).SequenceEqual(b.Decisive.Select(c => (c.Criterion, c.Result)))
        && a.Recommendations.Select(r => (r.Position, r.Applies)).SequenceEqual(b.Recommendations.Select(r => (r.Position, r.Applies)))
        && a.Conflicts.SequenceEqual(b.Conflicts)
        && a.FlagsNotAddressed.SequenceEqual(b.FlagsNotAddressed) && a.SafetyFlagsNotAddressed.SequenceEqual(b.SafetyFlagsNotAddressed);
}
