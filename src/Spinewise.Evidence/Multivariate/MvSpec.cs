using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.Multivariate;

/// <summary>A validated model split into independent blocks, with the variance parameters and how they map to metafor's names.</summary>
internal sealed class MvSpec
{
    public required int K { get; init; }

    public required ModelMatrix X { get; init; }

    public required IReadOnlyList<MvBlock> Blocks { get; init; }

    public required IReadOnlyList<MvComponent> Components { get; init; }

    /// <summary>Component index of each σ².</summary>
    public required int[] Sigma2Components { get; init; }

    public required IReadOnlyList<string> Sigma2Names { get; init; }

    /// <summary>The first (G: τ², ρ) and second (H: γ², φ) <c>inner | outer</c> structures, or null.</summary>
    public required MvCorrelated? G { get; init; }

    public required MvCorrelated? H { get; init; }

    /// <summary>log|V| (for the saturated log-likelihood of the ML deviance).</summary>
    public required double LogDetV { get; init; }
}

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
