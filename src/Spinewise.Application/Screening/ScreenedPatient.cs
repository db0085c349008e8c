using Spinewise.Domain.Decisions;
using Spinewise.Domain.Diagnostics;
using Spinewise.Fhir;

namespace Spinewise.Application.Screening;

/// <summary>One patient of a screened export: the evaluation, or why there is none.</summary>
/// <param name="Id">The patient id.</param>
/// <param name="Outcome">Evaluated, or why not.</param>
/// <param name="Report">The decision report when <see cref="Outcome"/> is <see cref="ScreenedPatientOutcome.Evaluated"/>.</param>
/// <param name="Unmapped">The chart's codes that map to nothing.</param>
/// <param name="Problems">The case problems when <see cref="Outcome"/> is <see cref="ScreenedPatientOutcome.InvalidCase"/>.</param>
public sealed record ScreenedPatient(string Id, ScreenedPatientOutcome Outcome, DecisionReport? Report, IReadOnlyList<UnmappedCode> Unmapped, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>
    /// The patient's performed procedures, each audited on the chart of the day it was performed (<see cref="ProcedureAudit"/>),
    /// whatever <see cref="Outcome"/> is: a chart invalid or not about low back pain today may still have been valid that day.
    /// </summary>
    public IReadOnlyList<AuditedProcedure> Audited { get; init; } = [];
}
