using System.Globalization;

namespace Spinewise.Domain.Eligibility;

/// <summary>A numeric fact of the case (age, pain duration or a finding) compared with a threshold.</summary>
/// <param name="Fact">Fact key: <c>age</c>, <c>painDurationMonths</c> or <c>findings.KEY</c>.</param>
/// <param name="Comparison">How it is compared.</param>
/// <param name="Value">The threshold (the lower bound for <see cref="NumericComparison.Between"/>).</param>
/// <param name="Upper">The upper bound for <see cref="NumericComparison.Between"/>.</param>
public sealed record FactTest(string Fact, NumericComparison Comparison, double Value, double Upper = double.NaN) : CriterionTest
{
    /// <summary>True when the value passes the comparison.</summary>
    /// <param name="value">The case's value.</param>
    public bool Passes(double value) => Comparison switch
    {
        NumericComparison.AtLeast => value >= Value,
        NumericComparison.AtMost => value <= Value,
        NumericComparison.Above => value > Value,
        NumericComparison.Below => value < Value,
        _ => value >= Value && value <= Upper,
    };

    /// <inheritdoc />
    public override string Describe() => Comparison switch
    {
        NumericComparison.AtLeast => $"{Fact} ≥ {F(Value)}",
        NumericComparison.AtMost => $"{Fact} ≤ {F(Value)}",
        NumericComparison.Above => $"{Fact} > {F(Value)}",
        NumericComparison.Below => $"{Fact} < {F(Value)}",
        _ => $"{F(Value)} ≤ {Fact} ≤ {F(Upper)}",
    };

    private static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
