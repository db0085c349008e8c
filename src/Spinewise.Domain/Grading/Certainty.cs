namespace Spinewise.Domain.Grading;

/// <summary>A certainty of evidence on the common scale shared by USPSTF (high/moderate/low) and GRADE (adds very low).</summary>
public enum Certainty
{
    /// <summary>High certainty.</summary>
    High,

    /// <summary>Moderate certainty.</summary>
    Moderate,

    /// <summary>Low certainty.</summary>
    Low,

    /// <summary>Very low certainty (GRADE only).</summary>
    VeryLow,
}
