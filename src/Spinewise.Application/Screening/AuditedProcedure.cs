using Spinewise.Domain.Diagnostics;

namespace Spinewise.Application.Screening;

/// <summary>One performed procedure of a patient, audited against the chart as it stood on the day it was performed.</summary>
/// <param name="PatientId">The patient id.</param>
/// <param name="Procedure">The Procedure's reference (<c>Procedure/abc</c>, else its entry's <c>fullUrl</c> or path).</param>
/// <param name="System">The system of the coding that maps to the intervention.</param>
/// <param name="Code">That coding's code.</param>
/// <param name="Intervention">The intervention id it maps to.</param>
/// <param name="Variant">The variant it maps to, if any.</param>
/// <param name="Performed">The day it was performed; <see langword="null"/> for <see cref="AuditVerdict.NoPerformedDate"/>.</param>
/// <param name="Verdict">Its status on that day.</param>
/// <param name="Deciding">
/// The criteria the verdict rests on, in the knowledge's order: the contraindications met and the indications and
/// prerequisites not met (<see cref="AuditVerdict.PrerequisiteMissing"/>, <see cref="AuditVerdict.ContraindicationRecorded"/>), or the unknown
/// ones (<see cref="AuditVerdict.Undetermined"/>); empty otherwise.
/// </param>
/// <param name="OutsideTrialPopulation">The eligibility criteria (trials' and payers' thresholds) not met on that day: they do not decide the verdict.</param>
/// <param name="SafetyFlagsNotAddressed">Safety flags recorded true that none of the intervention's criteria tests (they hold an undetermined verdict).</param>
/// <param name="Problems">The case problems of that day's chart for <see cref="AuditVerdict.InvalidCase"/>; empty otherwise.</param>
public sealed record AuditedProcedure(
    string PatientId,
    string Procedure,
    string System,
    string Code,
    string Intervention,
    string? Variant,
    DateOnly? Performed,
    AuditVerdict Verdict,
    IReadOnlyList<AuditedCriterion> Deciding,
    IReadOnlyList<AuditedCriterion> OutsideTrialPopulation,
    IReadOnlyList<string> SafetyFlagsNotAddressed,
    IReadOnlyList<Diagnostic> Problems);
