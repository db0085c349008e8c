namespace Spinewise.Evidence.Multivariate;

/// <summary>
/// One variance parameter θ and its pattern A in the marginal covariance M = V + Σ θ A: A[i, j] is 0 unless rows i
/// and j share the outer level; then 1 without an inner factor, and for an inner factor 1 when the inner levels
/// agree and <see cref="Rho"/> otherwise (or 0 when <see cref="SameInnerOnly"/>, used when ρ is estimated).
/// </summary>
/// <param name="Outer">Outer level id per row.</param>
/// <param name="Inner">Inner level id per row, or null.</param>
/// <param name="Rho">Fixed correlation between inner levels.</param>
/// <param name="SameInnerOnly">A is 1 only for equal inner levels (ρ estimated through a second component).</param>
/// <param name="NonNegative">θ is a variance (bounded below by 0); false for the τ²ρ part of an estimated ρ.</param>
internal sealed record MvComponent(int[] Outer, int[]? Inner, double Rho, bool SameInnerOnly, bool NonNegative)
{
    /// <summary>A as Σ coef · [same level]: one indicator term, or ρ·[same outer] + (1 - ρ)·[same outer and inner].</summary>
    public IReadOnlyList<(double Coef, int[] Levels)> Terms()
    {
        if (Inner is null)
        {
            return [(1.0, Outer)];
        }

        var both = MvValidation.Combine(Outer, Inner);
        return SameInnerOnly ? [(1.0, both)] : [(Rho, Outer), (1 - Rho, both)];
    }
}
