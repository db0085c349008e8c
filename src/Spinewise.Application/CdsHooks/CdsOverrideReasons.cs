namespace Spinewise.Application.CdsHooks;

/// <summary>
/// The reasons an order card offers for overriding it (<c>overrideReasons</c>). CDS Hooks 2.0 defines no codes for
/// them, so these are codes of the product's own local code system <see cref="System"/>: they say why a clinician went
/// on, never anything clinical about the patient. Feedback echoes one of them in <c>overrideReason.reason</c>.
/// </summary>
public static class CdsOverrideReasons
{
    /// <summary>The product's local code system of override reasons.</summary>
    public const string System = "https://spinewise.example/cds/override-reason";

    /// <summary>What the card lacks (a block, an imaging result) is recorded outside this chart.</summary>
    public static CdsCoding InformationOutsideChart { get; } = new(System, "information-outside-chart", "What the card lacks is recorded outside this chart");

    /// <summary>The clinician decided for this patient on clinical judgement.</summary>
    public static CdsCoding ClinicalJudgement { get; } = new(System, "clinical-judgement", "Clinical judgement for this patient");

    /// <summary>Another guideline or a local protocol is followed.</summary>
    public static CdsCoding OtherGuidelineFollowed { get; } = new(System, "other-guideline-followed", "Following another guideline or a local protocol");

    /// <summary>The patient, informed, prefers to go on.</summary>
    public static CdsCoding PatientPreference { get; } = new(System, "patient-preference", "The patient's informed preference");

    /// <summary>The card does not bear on this order.</summary>
    public static CdsCoding NotRelevant { get; } = new(System, "not-relevant", "Card not relevant to this order");

    /// <summary>Every reason, in the order cards list them.</summary>
    public static IReadOnlyList<CdsCoding> All { get; } = [InformationOutsideChart, ClinicalJudgement, OtherGuidelineFollowed, PatientPreference, NotRelevant];
}
