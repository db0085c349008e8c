using Spinewise.Domain.Eligibility;
using Spinewise.Domain.Sources;

namespace Spinewise.Application.Screening;

/// <summary>A criterion that decides an audited procedure's verdict (or puts it outside a trial's population), with its result and source.</summary>
/// <param name="Id">The criterion id (<c>lumbar-rfa/positive-diagnostic-mbb</c>).</param>
/// <param name="Role">Indication, prerequisite, contraindication or eligibility.</param>
/// <param name="Result">Its result on the chart of the day the procedure was performed.</param>
/// <param name="Source">Where the knowledge says it is stated (document, section, line, verification).</param>
/// <param name="Trial">The trial whose eligibility it is, when the knowledge names one.</param>
public sealed record AuditedCriterion(string Id, CriterionRole Role, Truth Result, SourceRef Source, string? Trial);
