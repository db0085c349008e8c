namespace Spinewise.Domain.Guidelines;

/// <summary>How much of a guideline's recommendations the knowledge holds.</summary>
public enum RecommendationsStatus
{
    /// <summary>All of them.</summary>
    Complete,

    /// <summary>Only those that could be read; the rest were not found.</summary>
    Partial,

    /// <summary>None could be found: the guideline is listed with that fact.</summary>
    NotFound,
}
