namespace Spinewise.Evidence.Multivariate;

/// <summary>How a profile-likelihood confidence bound was obtained (metafor's confint.rma.mv).</summary>
public enum ProfileBound
{
    /// <summary>The root of the profile likelihood-ratio statistic minus qchisq(level, 1), found by uniroot.</summary>
    Root,

    /// <summary>
    /// The parameter's limit (0 for a variance, -1 or 1 for a correlation): the statistic stays below the critical value
    /// there, so metafor reports the limit itself.
    /// </summary>
    ParameterLimit,

    /// <summary>
    /// The end of the search interval, which is not a limit of the parameter (metafor prints the bound as "&lt;x" or
    /// "&gt;x"): the statistic is still below the critical value at vc.max, or profile fits failed beyond vc.min.
    /// </summary>
    SearchLimit,

    /// <summary>No bound (NaN): the profile fits or the root search failed (metafor's NA with a warning).</summary>
    NotFound,
}
