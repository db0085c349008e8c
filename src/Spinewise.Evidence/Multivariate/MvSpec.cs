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
