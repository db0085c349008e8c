namespace Spinewise.Evidence.Network;

/// <summary>
/// Direct and indirect evidence on one comparison <c>Treatment1 - Treatment2</c> by the back-calculation method (König J,
/// Krahn U, Binder H. Stat Med 2013;32:5414–29; netmeta's <c>netsplit(method = "Back-calculation")</c>): direct = the
/// inverse-variance pooled estimate of the studies with both arms (a multi-arm study contributes its own contrast of the
/// two, from its contrasts against its baseline, with that contrast's sampling variance; random effects add the network's
/// τ²), indirect = (θ_N/v_N − θ_D/v_D) v_I with v_I = 1 / (1/v_N − 1/v_D), from the network (N) and direct (D)
/// estimates. Without indirect evidence (v_N = v_D, e.g. every edge of a star) the indirect fields are NaN.
/// </summary>
/// <param name="Treatment1">First treatment.</param>
/// <param name="Treatment2">Second treatment (subtracted).</param>
/// <param name="Studies">Studies with both arms.</param>
/// <param name="Network">Network estimate.</param>
/// <param name="NetworkSe">Its standard error.</param>
/// <param name="Direct">Direct estimate.</param>
/// <param name="DirectSe">Its standard error.</param>
/// <param name="Indirect">Indirect estimate by back-calculation (NaN without indirect evidence).</param>
/// <param name="IndirectSe">Its standard error (NaN without indirect evidence).</param>
/// <param name="Difference">Direct − indirect.</param>
/// <param name="DifferenceSe">sqrt(v_D + v_I).</param>
/// <param name="Z">Difference / DifferenceSe.</param>
/// <param name="P">Two-sided p value of <see cref="Z"/>.</param>
public sealed record NetworkSplit(
    string Treatment1, string Treatment2, int Studies,
    double Network, double NetworkSe, double Direct, double DirectSe, double Indirect, double IndirectSe,
    double Difference, double DifferenceSe, double Z, double P)
{
    /// <summary>Whether the network holds indirect evidence on this comparison.</summary>
    public bool HasIndirect => !double.IsNaN(Indirect);
}
