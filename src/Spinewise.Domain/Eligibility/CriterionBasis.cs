namespace Spinewise.Domain.Eligibility;

/// <summary>What kind of source states a criterion.</summary>
public enum CriterionBasis
{
    /// <summary>A clinical practice guideline.</summary>
    Guideline,

    /// <summary>A consensus statement.</summary>
    Consensus,

    /// <summary>A payer's or commissioner's coverage policy.</summary>
    CoveragePolicy,

    /// <summary>A trial's eligibility criteria.</summary>
    TrialEligibility,
}
