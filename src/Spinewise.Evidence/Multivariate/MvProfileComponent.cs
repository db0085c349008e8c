namespace Spinewise.Evidence.Multivariate;

/// <summary>
/// The profile-likelihood CI of one estimated variance or correlation component of an rma.mv fit (one table of
/// metafor's <c>confint(res)</c>), with the square root of a variance and notes on bounds not found by a root.
/// </summary>
/// <param name="Value">The component's row (σ², τ², ρ, γ² or φ).</param>
/// <param name="Sqrt">The square root's row for a variance (σ, τ, γ): √ of the estimate and of each non-negative bound; null for ρ and φ.</param>
/// <param name="Notes">Why a bound is the parameter limit, the end of the search interval, or missing; empty when both are roots.</param>
public sealed record MvProfileComponent(MvProfileInterval Value, MvProfileInterval? Sqrt, IReadOnlyList<string> Notes)
{
    /// <summary>The rows as metafor prints them: the component, then its square root when it is a variance.</summary>
    public IReadOnlyList<MvProfileInterval> Rows => Sqrt is null ? [Value] : [Value, Sqrt];
}
