namespace Spinewise.Evidence.PublicationBias;

/// <summary>Estimator of the number of missing studies in trim and fill (Duval and Tweedie).</summary>
public enum TrimFillEstimator
{
    /// <summary>The L0 estimator (metafor's default).</summary>
    L0,

    /// <summary>The R0 estimator.</summary>
    R0,
}
