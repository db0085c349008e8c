namespace Spinewise.Evidence.Network;

/// <summary>
/// The outputs of a consistency network meta-analysis fit (e.g. metafor's contrast-based <c>rma.mv</c>) that the
/// network layer needs: coefficients are the treatment effects against <see cref="Reference"/>.
/// </summary>
/// <param name="Treatments">Coefficient names: the non-reference treatments, in coefficient order.</param>
/// <param name="Reference">The reference treatment (coefficient fixed at 0).</param>
/// <param name="Beta">beta: effect of each treatment vs the reference.</param>
/// <param name="Vb">vb: covariance matrix of <see cref="Beta"/> (rows).</param>
/// <param name="Tau2">tau2: heterogeneity variance of a contrast (CS structure, rho = 1/2), or null for a fixed-effect fit (no prediction intervals).</param>
public sealed record NetworkFit(
    IReadOnlyList<string> Treatments,
    string Reference,
    IReadOnlyList<double> Beta,
    IReadOnlyList<IReadOnlyList<double>> Vb,
    double? Tau2)
{
    /// <summary>Checks the dimensions; throws <see cref="ArgumentException"/> when they disagree.</summary>
    internal void Validate()
    {
        int p = Treatments.Count;
        if (Beta.Count != p || Vb.Count != p || Vb.Any(r => r.Count != p))
        {
            throw new ArgumentException($"beta and vb must have {p} entries/rows (one per treatment).");
        }

        if (Treatments.Contains(Reference))
        {
            throw new ArgumentException($"The reference '{Reference}' must not be a coefficient.");
        }
    }
}
