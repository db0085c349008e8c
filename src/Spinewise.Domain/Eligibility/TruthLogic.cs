namespace Spinewise.Domain.Eligibility;

/// <summary>Kleene's strong three-valued connectives over <see cref="Truth"/>.</summary>
public static class TruthLogic
{
    /// <summary>Conjunction: not-met if either is, met only if both are, otherwise unknown.</summary>
    /// <param name="a">One value.</param>
    /// <param name="b">The other value.</param>
    public static Truth And(Truth a, Truth b) => a < b ? a : b;

    /// <summary>Disjunction: met if either is, not-met only if both are, otherwise unknown.</summary>
    /// <param name="a">One value.</param>
    /// <param name="b">The other value.</param>
    public static Truth Or(Truth a, Truth b) => a > b ? a : b;

    /// <summary>Negation: swaps met and not-met; unknown stays unknown.</summary>
    /// <param name="a">The value.</param>
    public static Truth Not(Truth a) => (Truth)(2 - (int)a);

    /// <summary>Met or not-met from a known boolean.</summary>
    /// <param name="value">The boolean.</param>
    public static Truth From(bool value) => value ? Truth.Met : Truth.NotMet;
}
