namespace Spinewise.Evidence.Models;

/// <summary>Tests and confidence intervals for the fixed effects (metafor's <c>test</c>).</summary>
public enum TestType
{
    /// <summary>Wald-type z tests (default).</summary>
    Z,
    /// <summary>t tests with k - p degrees of freedom, no rescaling.</summary>
    T,
    /// <summary>Knapp-Hartung: t tests, variances scaled by s²w.</summary>
    Knha,
    /// <summary>Knapp-Hartung with the ad-hoc correction s²w ≥ 1.</summary>
    Adhoc,
}
