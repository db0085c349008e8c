namespace Spinewise.Domain.Eligibility;

/// <summary>Every part holds (Kleene conjunction).</summary>
/// <param name="Parts">The parts.</param>
public sealed record AllOfTest(IReadOnlyList<CriterionTest> Parts) : CriterionTest
{
    /// <inheritdoc />
    public override string Describe() => "(" + string.Join(" and ", Parts.Select(p => p.Describe())) + ")";
}
