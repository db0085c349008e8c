namespace Spinewise.Domain.Eligibility;

/// <summary>At least one part holds (Kleene disjunction).</summary>
/// <param name="Parts">The parts.</param>
public sealed record AnyOfTest(IReadOnlyList<CriterionTest> Parts) : CriterionTest
{
    /// <inheritdoc />
    public override string Describe() => "(" + string.Join(" or ", Parts.Select(p => p.Describe())) + ")";
}
