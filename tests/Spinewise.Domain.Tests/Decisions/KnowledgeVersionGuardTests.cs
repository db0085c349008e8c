using Spinewise.Domain.Cases;
using Spinewise.Domain.Decisions;
using Spinewise.Knowledge;
using Spinewise.Testing;

namespace Spinewise.Domain.Tests.Decisions;

public sealed class KnowledgeVersionGuardTests : IDisposable
{
    private readonly TempKnowledge _other = new TempKnowledge().Replace("vocabulary/conditions.yaml", string.Empty, "# an edit changes the version\n");

    public void Dispose() => _other.Dispose();

    [Fact]
    public void Evaluate_CaseOfAnotherKnowledgeVersion_Throws()
    {
        // Given a case validated against a copy of the knowledge that differs by one comment
        var other = KnowledgeLoader.Load(_other.Directory).Value;
        other.Version.ShouldNotBe(ShippedKnowledge.Value.Version);
        var patient = CaseValidator.Validate(Some.Draft(), other).Value;
        var engine = DecisionEngine.Compile(ShippedKnowledge.Value);

        // Then the engine of the shipped knowledge refuses it, both ways in
        Should.Throw<ArgumentException>(() => engine.Evaluate(patient, Some.AsOf)).ParamName.ShouldBe("patient");
        Should.Throw<ArgumentException>(() => engine.EvaluateInto(patient, Some.AsOf, engine.CreateScratch()));
    }

    [Fact]
    public void Evaluate_CaseOfItsOwnKnowledge_Evaluates()
    {
        var engine = DecisionEngine.Compile(ShippedKnowledge.Value);
        var patient = CaseValidator.Validate(Some.Draft(), ShippedKnowledge.Value).Value;

        engine.Evaluate(patient, Some.AsOf).Interventions.ShouldNotBeEmpty();
    }
}
