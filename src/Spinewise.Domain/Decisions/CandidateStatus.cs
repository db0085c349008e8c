namespace Spinewise.Domain.Decisions;

/// <summary>Where a case stands against an intervention's selection criteria.</summary>
public enum CandidateStatus
{
    /// <summary>
    /// Every indication and prerequisite is met, no contraindication is met or unknown, and no safety flag (active
    /// infection, coagulopathy, pregnancy, immunocompromise) is recorded as true that none of its criteria tests.
    /// </summary>
    Candidate,

    /// <summary>A contraindication is met, or an indication or prerequisite is not met.</summary>
    NotCandidate,

    /// <summary>The answer hinges on facts the case does not record, or on a recorded safety flag no source in the knowledge addresses for it.</summary>
    Undetermined,

    /// <summary>No source in the knowledge states selection criteria for the intervention.</summary>
    NotAddressed,
}
