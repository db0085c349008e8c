namespace Spinewise.Evidence.Network;

/// <summary>
/// Network meta-analysis on top of <see cref="Multivariate.RmaMv"/>, as metafor's <c>to.wide</c> + <c>escalc</c> +
/// <c>calc.v</c> + <c>contrmat</c> + <c>rma.mv</c> workflow (the <c>dat.senn2013</c> help page).
/// </summary>
public static class NetworkMetaAnalysis
{
    /// <summary>
    /// Builds the contrasts (from arms, or taken as given), checks the network, fits the chosen model and derives the
    /// effects vs the reference, the league table, the ranking, the inconsistency test and the direct/indirect split.
    /// Bad input is never thrown: it comes back as diagnostics naming the row and field.
    /// </summary>
    /// <param name="data">Arm-level rows or contrasts.</param>
    /// <param name="options">Options; null for the defaults.</param>
    public static NetworkOutcome Fit(NetworkData data, NetworkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new NetworkOptions();
        throw new NotImplementedException();
    }
}
