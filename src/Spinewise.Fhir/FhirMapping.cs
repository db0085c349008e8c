using Spinewise.Domain.Cases;
using Spinewise.Domain.Diagnostics;

namespace Spinewise.Fhir;

/// <summary>
/// What a chart maps to: the case draft (every field located at the FHIR element it came from; validate it with
/// <see cref="CaseValidator"/>), the codes that map to nothing, and the procedures being ordered.
/// </summary>
/// <param name="Draft">The case as read from the chart, not yet validated.</param>
/// <param name="Unmapped">Codes that map to nothing, in input order.</param>
/// <param name="Orders">Active and draft service requests, in input order.</param>
public sealed record FhirMapping(CaseDraft Draft, IReadOnlyList<UnmappedCode> Unmapped, IReadOnlyList<FhirOrder> Orders)
{
    /// <summary>
    /// True when anything in the chart is about low back pain: a current condition of the low-back-pain family
    /// (<c>docs/fhir.md</c>), or a procedure done or ordered that maps to an intervention.
    /// </summary>
    public bool HasLowBackPain { get; init; }

    /// <summary>
    /// Problems of the chart that are not case problems: a value in a unit other than its finding's, several patients.
    /// Report them with the case validator's diagnostics; the case is not valid while there are any.
    /// </summary>
    public IReadOnlyList<Diagnostic> Problems { get; init; } = [];
}
