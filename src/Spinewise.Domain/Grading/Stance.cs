namespace Spinewise.Domain.Grading;

/// <summary>
/// The direction a recommendation takes toward an intervention. It is authored per recommendation, never derived
/// from a grade alone.
/// </summary>
public enum Stance
{
    /// <summary>The recommendation favours the intervention.</summary>
    For,

    /// <summary>The recommendation advises against the intervention (or against the use it names).</summary>
    Against,

    /// <summary>The recommendation favours it only selectively, for some patients or on conditions.</summary>
    Conditional,

    /// <summary>The recommendation says the evidence is insufficient to take a side.</summary>
    Insufficient,

    /// <summary>The recommendation names the intervention but takes no position on its use.</summary>
    NotAddressed,
}
