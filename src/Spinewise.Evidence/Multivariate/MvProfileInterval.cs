namespace Spinewise.Evidence.Multivariate;

/// <summary>One row of metafor's confint.rma.mv table: a component (or its square root) with its profile-likelihood CI.</summary>
/// <param name="Name">metafor's row name: <c>sigma^2.1</c>, <c>sigma.1</c> (<c>sigma^2</c>, <c>sigma</c> with one σ²), <c>tau^2</c>, <c>tau</c>, <c>rho</c>, <c>gamma^2</c>, <c>gamma</c>, <c>phi</c>.</param>
/// <param name="Estimate">estimate: the fitted value.</param>
/// <param name="CiLb">ci.lb: the lower bound (NaN when not found).</param>
/// <param name="CiUb">ci.ub: the upper bound (NaN when not found).</param>
/// <param name="Lower">How <paramref name="CiLb"/> was obtained.</param>
/// <param name="Upper">How <paramref name="CiUb"/> was obtained.</param>
public sealed record MvProfileInterval(string Name, double Estimate, double CiLb, double CiUb, ProfileBound Lower, ProfileBound Upper)
{
    /// <summary>metafor's print prefix of ci.lb: "&lt;" when the bound is the end of the search interval, else empty.</summary>
    public string LowerSign => Lower == ProfileBound.SearchLimit ? "<" : "";

    /// <summary>metafor's print prefix of ci.ub: "&gt;" when the bound is the end of the search interval, else empty.</summary>
    public string UpperSign => Upper == ProfileBound.SearchLimit ? ">" : "";
}
