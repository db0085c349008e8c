namespace Spinewise.Domain.Eligibility;

/// <summary>
/// The three-valued result of a criterion for a case (Kleene logic). The numeric order NotMet &lt; Unknown &lt; Met makes
/// "all of" the minimum and "any of" the maximum.
/// </summary>
public enum Truth : byte
{
    /// <summary>The case shows the criterion is not met.</summary>
    NotMet = 0,

    /// <summary>The case does not tell.</summary>
    Unknown = 1,

    /// <summary>The case shows the criterion is met.</summary>
    Met = 2,
}
