using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Eligibility;

/// <summary>The case has the condition (or a narrower one); not met when it (or a broader one) is ruled out.</summary>
/// <param name="Condition">Vocabulary id.</param>
public sealed record ConditionTest(ConditionId Condition) : CriterionTest
{
    /// <inheritdoc />
    public override string Describe() => $"condition {Condition}";
}
