namespace Spinewise.Evidence.EffectSizes;

/// <summary>Effect-size measures, named as metafor's <c>escalc(measure=...)</c>.</summary>
public enum EffectMeasure
{
    /// <summary>Log risk ratio (2x2 table).</summary>
    RR,
    /// <summary>Log odds ratio (2x2 table).</summary>
    OR,
    /// <summary>Risk difference (2x2 table).</summary>
    RD,
    /// <summary>Arcsine square-root transformed risk difference (2x2 table).</summary>
    AS,
    /// <summary>Peto's log odds ratio (2x2 table).</summary>
    PETO,
    /// <summary>Log incidence rate ratio (events and person-time per group).</summary>
    IRR,
    /// <summary>Incidence rate difference (events and person-time per group).</summary>
    IRD,
    /// <summary>Raw mean difference.</summary>
    MD,
    /// <summary>Standardized mean difference, bias-corrected (Hedges' g).</summary>
    SMD,
    /// <summary>Standardized mean difference with heteroscedastic population variances.</summary>
    SMDH,
    /// <summary>Log ratio of means.</summary>
    ROM,
    /// <summary>Raw correlation coefficient.</summary>
    COR,
    /// <summary>Fisher's r-to-z transformed correlation coefficient.</summary>
    ZCOR,
    /// <summary>Raw proportion.</summary>
    PR,
    /// <summary>Log transformed proportion.</summary>
    PLN,
    /// <summary>Logit transformed proportion.</summary>
    PLO,
    /// <summary>Arcsine square-root transformed proportion.</summary>
    PAS,
    /// <summary>Freeman-Tukey double arcsine transformed proportion.</summary>
    PFT,
    /// <summary>Raw mean.</summary>
    MN,
}
