namespace Spinewise.Domain.Grading;

/// <summary>Recommendation strength on the common scale. A scheme maps its own labels onto it explicitly, with a source.</summary>
public enum StrengthLevel
{
    /// <summary>Strong (GRADE strong; NICE "offer" / "do not offer"; ASIPP strong).</summary>
    Strong,

    /// <summary>Moderate (used by ASIPP).</summary>
    Moderate,

    /// <summary>Conditional or weak (GRADE conditional/weak; NICE "consider").</summary>
    Conditional,
}
