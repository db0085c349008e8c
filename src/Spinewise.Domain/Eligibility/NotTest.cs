namespace Spinewise.Domain.Eligibility;

/// <summary>The part does not hold (Kleene negation).</summary>
/// <param name="Part">The part.</param>
public sealed record NotTest(CriterionTest Part) : CriterionTest
{
    /// <inheritdoc />
    public override string Describe() => $"not {Part.Describe()}";
}
