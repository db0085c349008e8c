using Spinewise.Domain.Grading;

namespace Spinewise.Domain.Eligibility;

/// <summary>The case's pain includes the pain type (axial-and-radicular includes both).</summary>
/// <param name="PainType">The pain type.</param>
public sealed record PainTypeTest(PainType PainType) : CriterionTest
{
    /// <inheritdoc />
    public override string Describe() => $"{PainType.ToString().ToLowerInvariant()} pain";
}
