namespace Spinewise.Domain.Eligibility;

/// <summary>How a criterion bears on whether a patient is a candidate for an intervention.</summary>
public enum CriterionRole
{
    /// <summary>Required: the presentation the procedure is for.</summary>
    Indication,

    /// <summary>Required: something that must be done or true first (e.g. a positive diagnostic block).</summary>
    Prerequisite,

    /// <summary>When met, the patient is not a candidate.</summary>
    Contraindication,

    /// <summary>A trial's or payer's threshold: reported as inside or outside that population; it does not decide the status.</summary>
    Eligibility,
}
