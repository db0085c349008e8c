namespace Spinewise.Domain.Decisions;

/// <summary>Where a case stands against an intervention's selection criteria.</summary>
public enum CandidateStatus
{
    /// <summary>Every indication and prerequisite is met and no contraindication is met or unknown.</summary>
    Candidate,

    /// <summary>A contraindication is met, or an indication or prerequisite is not met.</summary>
    NotCandidate,

    /// <summary>The answer hinges on facts the case does not record.</summary>
    Undetermined,

    /// <summary>No source in the knowledge states selection criteria for the intervention.</summary>
    NotAddressed,
}
