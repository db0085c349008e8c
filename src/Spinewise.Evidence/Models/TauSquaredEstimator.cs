namespace Spinewise.Evidence.Models;

/// <summary>Estimator of the between-study variance tau², named as metafor's <c>method</c>.</summary>
public enum TauSquaredEstimator
{
    /// <summary>Equal-effects model (tau² = 0).</summary>
    EE,
    /// <summary>Fixed-effect model; alias of <see cref="EE"/>.</summary>
    FE,
    /// <summary>DerSimonian-Laird.</summary>
    DL,
    /// <summary>Hedges (unbiased method of moments).</summary>
    HE,
    /// <summary>Hunter-Schmidt.</summary>
    HS,
    /// <summary>Sidik-Jonkman.</summary>
    SJ,
    /// <summary>Maximum likelihood (Fisher scoring).</summary>
    ML,
    /// <summary>Restricted maximum likelihood (Fisher scoring).</summary>
    REML,
    /// <summary>Empirical Bayes (Morris).</summary>
    EB,
    /// <summary>Paule-Mandel (root of the generalized Q-statistic).</summary>
    PM,
}
