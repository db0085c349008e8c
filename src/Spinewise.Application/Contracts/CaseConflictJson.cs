using System.Text.Json.Serialization;
using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Grading;
using Spinewise.Domain.Sources;

namespace Spinewise.Application.Contracts;

/// <summary>A conflict among the recommendations on an intervention, and whether it concerns this patient.</summary>
/// <param name="PainType">The pain type the recommendations disagree on.</param>
/// <param name="Kind">Opposite directions, or a difference of strength.</param>
/// <param name="Verification">The weakest verification of the stances, mappings and sources the conflict rests on.</param>
/// <param name="Applies">Yes when the recommendations on both sides apply to the patient, unknown when one may, no otherwise.</param>
/// <param name="Recommendations">The two sides: guideline, recommendation ids and stances.</param>
/// <param name="Reasons">
/// Why they disagree: the explanations and critiques that give reasons, by id (keys of the answer's <c>reasons</c>,
/// which lists each one's reasons once).
/// </param>
/// <param name="Unexplained">"reason not addressed by any source" when no source gives a reason; absent otherwise.</param>
public sealed record CaseConflictJson(
    PainType PainType, ConflictKind Kind, Verification Verification, Applicability Applies,
    IReadOnlyList<ConflictSideJson> Recommendations, IReadOnlyList<string> Reasons,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Unexplained)
{
    internal static CaseConflictJson From(CaseConflict caseConflict)
    {
        var c = caseConflict.Conflict;
        return new CaseConflictJson(
            c.PainType, c.Kind, c.Verification, caseConflict.Applies, [ConflictJson.Side(c.First), ConflictJson.Side(c.Second)],
            c.Reasons.Select(r => r.Origin).Distinct(StringComparer.Ordinal).ToList(), c.Reasons.Count == 0 ? Conflict.NoReason : null);
    }
}
