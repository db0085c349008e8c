namespace Spinewise.Evidence.Network;

/// <summary>
/// The input of a network meta-analysis: arm-level rows, or contrasts given directly with their variances (vi) or the
/// full sampling covariance matrix V (metafor's <c>V</c>; rows and columns in the order of the contrasts, zero between
/// studies). Build it with <see cref="FromArms"/> or <see cref="FromContrasts"/>.
/// </summary>
public sealed record NetworkData
{
    private NetworkData(IReadOnlyList<NetworkArmRow>? arms, IReadOnlyList<NetworkContrastRow>? contrasts, IReadOnlyList<IReadOnlyList<double>>? v)
    {
        Arms = arms;
        Contrasts = contrasts;
        V = v;
    }

    /// <summary>Arm-level rows, or null for contrast input.</summary>
    public IReadOnlyList<NetworkArmRow>? Arms { get; }

    /// <summary>Contrasts given directly, or null for arm input.</summary>
    public IReadOnlyList<NetworkContrastRow>? Contrasts { get; }

    /// <summary>The full sampling covariance of <see cref="Contrasts"/> (k rows of k values), or null to use their vi alone.</summary>
    public IReadOnlyList<IReadOnlyList<double>>? V { get; }

    /// <summary>Arm-level data: one row per arm; diagnostics name rows by their 0-based index in this list.</summary>
    /// <param name="arms">The arms.</param>
    public static NetworkData FromArms(IReadOnlyList<NetworkArmRow> arms)
    {
        ArgumentNullException.ThrowIfNull(arms);
        return new NetworkData(arms, null, null);
    }

    /// <summary>
    /// Contrasts given directly. Without <paramref name="v"/> the contrasts of a multi-arm study are taken as
    /// uncorrelated (a warning says so), as metafor does with <c>vi</c>.
    /// </summary>
    /// <param name="contrasts">The contrasts; diagnostics name rows by their 0-based index in this list.</param>
    /// <param name="v">The full k × k sampling covariance matrix, or null.</param>
    public static NetworkData FromContrasts(IReadOnlyList<NetworkContrastRow> contrasts, IReadOnlyList<IReadOnlyList<double>>? v = null)
    {
        ArgumentNullException.ThrowIfNull(contrasts);
        return new NetworkData(null, contrasts, v);
    }
}
