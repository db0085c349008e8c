namespace Spinewise.Evidence.EffectSizes;

/// <summary>Sampling-variance estimator (metafor's <c>vtype</c>).</summary>
public enum VarianceType
{
    /// <summary>Large-sample approximation (default).</summary>
    LS,
    /// <summary>Unbiased estimate.</summary>
    UB,
    /// <summary>Estimate based on the sample-size weighted average effect.</summary>
    AV,
    /// <summary>Estimate assuming homoscedasticity (MD, ROM).</summary>
    HO,
}
