namespace Spinewise.Evidence.Multivariate;

/// <summary>
/// A CS structure's components: with ρ fixed, one component (θ = τ²) whose pattern carries ρ; with ρ estimated, θ_a
/// on "same outer" (= τ²ρ) and θ_b on "same outer and inner" (= τ²(1 - ρ)), so τ² = θ_a + θ_b and ρ = θ_a / τ².
/// </summary>
/// <param name="Main">Component of τ² (fixed ρ) or of θ_b (estimated ρ).</param>
/// <param name="Shared">Component of θ_a when ρ is estimated, else -1.</param>
/// <param name="FixedRho">The fixed ρ, or null.</param>
internal sealed record MvCorrelated(int Main, int Shared, double? FixedRho)
{
    public double Tau2(double[] theta) => Shared < 0 ? theta[Main] : theta[Main] + theta[Shared];

    public double Rho(double[] theta)
    {
        if (FixedRho is { } r)
        {
            return r;
        }

        double t = Tau2(theta);
        return t > 0 ? theta[Shared] / t : double.NaN;
    }
}
