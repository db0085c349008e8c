using Spinewise.Domain.Cases;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Eligibility;
using Spinewise.Domain.Vocabulary;
using Spinewise.Fhir;

namespace Spinewise.Application.Screening;

/// <summary>
/// The appropriateness audit (docs/screening.md): each completed Procedure whose code maps to an intervention, judged
/// on the chart as it stood the day it was performed (<see cref="FhirChartAsOf.Before"/>), mapped with
/// <see cref="FhirCaseMapper"/>, validated and evaluated by the same engine as a screening. A pure function of the
/// records and the knowledge (the clock is not read); thread-safe.
/// </summary>
/// <param name="host">The knowledge.</param>
public sealed class ProcedureAudit(KnowledgeHost host)
{
    private readonly FhirCaseMapper _mapper = new(host.Knowledge);

    /// <summary>Audits every performed procedure of one patient's chart, in chart order.</summary>
    /// <param name="records">The patient's resources.</param>
    /// <param name="patientId">The patient id (the case id when the records hold no Patient).</param>
    public IReadOnlyList<AuditedProcedure> Audit(FhirRecords records, string patientId)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentException.ThrowIfNullOrEmpty(patientId);
        var performed = FhirChartAsOf.PerformedProcedures(records, host.Knowledge);
        return performed.Count == 0 ? [] : [.. performed.Select(p => Audit(records, patientId, p))];
    }

    private AuditedProcedure Audit(FhirRecords records, string patientId, FhirPerformedProcedure procedure)
    {
        var audited = new AuditedProcedure(patientId, procedure.Reference, procedure.System, procedure.Code, procedure.Intervention, procedure.Variant,
            procedure.Performed, AuditVerdict.NoPerformedDate, [], [], [], []);
        if (procedure.Performed is not { } day)
        {
            return audited;
        }

        var mapping = _mapper.Map(FhirChartAsOf.Before(records, procedure), day);
        if (records.PatientId is null)
        {
            mapping = mapping with { Draft = mapping.Draft with { Id = patientId } };
        }

        var validated = CaseValidator.Validate(mapping.Draft, host.Knowledge);
        if (mapping.Problems.Count > 0 || !validated.TryGetValue(out var valid))
        {
            return audited with { Verdict = AuditVerdict.InvalidCase, Problems = [.. mapping.Problems, .. validated.Diagnostics] };
        }

        if (host.Engine.Assess(valid, day, new InterventionId(procedure.Intervention)) is not { } assessment)
        {
            return audited with { Verdict = AuditVerdict.NotAddressed };
        }

        var verdict = assessment.Status switch
        {
            CandidateStatus.Candidate => AuditVerdict.Consistent,
            CandidateStatus.Undetermined => AuditVerdict.Undetermined,
            CandidateStatus.NotAddressed => AuditVerdict.NotAddressed,
            _ => assessment.Decisive.Any(c => c.Criterion.Role == CriterionRole.Contraindication && c.Result == Truth.Met)
                ? AuditVerdict.ContraindicationRecorded
                : AuditVerdict.PrerequisiteMissing,
        };
        return audited with
        {
            Verdict = verdict,
            Deciding = [.. assessment.Decisive.Select(Of)],
            OutsideTrialPopulation = [.. assessment.Criteria.Where(c => c.Criterion.Role == CriterionRole.Eligibility && c.Result == Truth.NotMet).Select(Of)],
            SafetyFlagsNotAddressed = assessment.SafetyFlagsNotAddressed,
        };
    }

    private static AuditedCriterion Of(CriterionOutcome outcome) =>
        new(outcome.Criterion.Id, outcome.Criterion.Role, outcome.Result, outcome.Criterion.Source, outcome.Criterion.Trial);
}
