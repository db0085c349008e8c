namespace Spinewise.Domain.Decisions;

/// <summary>Whether a recommendation (or a conflict between recommendations) applies to the patient of a case.</summary>
public enum Applicability
{
    /// <summary>It applies: the case is inside its population.</summary>
    Yes,

    /// <summary>It does not apply (the reason says why, e.g. pain from cancer, acute pain).</summary>
    No,

    /// <summary>It may apply: the answer hinges on facts the case does not record.</summary>
    Unknown,
}
