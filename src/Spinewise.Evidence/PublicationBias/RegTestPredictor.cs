namespace Spinewise.Evidence.PublicationBias;

/// <summary>The predictor of metafor's <c>regtest()</c> (metafor's names).</summary>
public enum RegTestPredictor
{
    /// <summary>Standard error, sqrt(vi) (Egger's test).</summary>
    Sei,

    /// <summary>Sampling variance vi.</summary>
    Vi,

    /// <summary>Sample size ni.</summary>
    Ni,

    /// <summary>Inverse sample size 1/ni.</summary>
    Ninv,

    /// <summary>Inverse square root of the sample size 1/sqrt(ni).</summary>
    Sqrtninv,
}
