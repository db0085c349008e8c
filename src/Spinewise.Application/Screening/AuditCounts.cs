namespace Spinewise.Application.Screening;

/// <summary>How many performed procedures of one intervention had each audit verdict.</summary>
/// <param name="Intervention">The intervention id.</param>
/// <param name="Consistent">Consistent with the sources' criteria.</param>
/// <param name="PrerequisiteMissing">An indication or prerequisite not met.</param>
/// <param name="ContraindicationRecorded">A contraindication met.</param>
/// <param name="Undetermined">Undetermined on that day's chart.</param>
/// <param name="NotAddressed">No source states criteria.</param>
/// <param name="InvalidCase">That day's chart maps to an invalid case.</param>
/// <param name="NoPerformedDate">No performed date: cannot be audited.</param>
/// <param name="OutsideTrialPopulation">Of all those, the procedures with at least one eligibility criterion not met (whatever their verdict).</param>
public sealed record AuditCounts(
    string Intervention, long Consistent, long PrerequisiteMissing, long ContraindicationRecorded, long Undetermined, long NotAddressed,
    long InvalidCase, long NoPerformedDate, long OutsideTrialPopulation)
{
    /// <summary>Every procedure of the intervention audited (or that could not be).</summary>
    public long Total => Consistent + PrerequisiteMissing + ContraindicationRecorded + Undetermined + NotAddressed + InvalidCase + NoPerformedDate;
}
