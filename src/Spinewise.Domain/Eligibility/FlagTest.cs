using Spinewise.Domain.Cases;

namespace Spinewise.Domain.Eligibility;

/// <summary>A yes/no fact of the case is true.</summary>
/// <param name="Flag">Flag key (<see cref="CaseFacts.Flags"/>).</param>
public sealed record FlagTest(string Flag) : CriterionTest
{
    /// <inheritdoc />
    public override string Describe() => $"flag {Flag}";
}
