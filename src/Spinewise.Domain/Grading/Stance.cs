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

    /// <summary>
    /// A conditional (weak) recommendation <em>for</em>: it favours the intervention only selectively, for some patients
    /// or on conditions ("consider", "may be offered"; GRADE's conditional recommendation for). Written <c>conditional</c>.
    /// </summary>
    Conditional,

    /// <summary>
    /// A conditional (weak) recommendation <em>against</em> (GRADE's conditional recommendation against: "we suggest not
    /// to"). Written <c>conditional-against</c>.
    /// </summary>
    ConditionalAgainst,

    /// <summary>The recommendation says the evidence is insufficient to take a side.</summary>
    Insufficient,

    /// <summary>The recommendation names the intervention but takes no position on its use.</summary>
    NotAddressed,
}
