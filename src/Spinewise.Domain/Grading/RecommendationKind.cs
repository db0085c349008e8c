namespace Spinewise.Domain.Grading;

/// <summary>What a recommendation is about: the treatment itself, or a technique, diagnostic use, safety or selection point.</summary>
public enum RecommendationKind
{
    /// <summary>Whether the intervention works or should be used as a treatment.</summary>
    Treatment,

    /// <summary>How to perform it (approach, agent, needle, guidance).</summary>
    Technique,

    /// <summary>A diagnostic or prognostic use (e.g. a block predicting the response to RFA).</summary>
    Diagnostic,

    /// <summary>Its risks, complications or safety profile.</summary>
    Safety,

    /// <summary>Which patients should (or should not) receive it, or how to decide.</summary>
    Selection,
}
