using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Grading;
using Spinewise.Domain.Sources;

namespace Spinewise.Application.Contracts;

/// <summary>A conflict among the recommendations on an intervention, and whether it concerns this patient.</summary>
/// <param name="PainType">The pain type the recommendations disagree on.</param>
/// <param name="Kind">Opposite directions, or a difference of strength.</param>
/// <param name="Verification">
/// The weakest verification of the stances, mappings and sources the conflict rests on when that is secondary or
/// unverified; absent when all of it is verified.
/// </param>
/// <param name="Applies">Yes when the recommendations on both sides apply to the patient, unknown when one may, no otherwise.</param>
/// <param name="Recommendations">
/// The two sides, in order: each guideline id with its recommendation ids (their stances are the intervention's
/// <c>recommendations</c>).
/// </param>
/// <param name="Reasons">
/// Why they disagree: the explanations and critiques that give reasons, by id (keys of the answer's <c>reasons</c>,
/// which lists each one's reasons once).
/// </param>
/// <param name="Unexplained">"reason not addressed by any source" when no source gives a reason; absent otherwise.</param>
public sealed record CaseConflictJson(
    PainType PainType, ConflictKind Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Verification? Verification,
    Applicability Applies,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Recommendations, IReadOnlyList<string> Reasons,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Unexplained)
{
    // The parts that depend on the conflict alone (its two sides' recommendations, the origins of its reasons), built
    // once per conflict of the loaded knowledge and shared, read-only, by every answer that shows it.
    private static readonly ConditionalWeakTable<Conflict, Parts> Shared = [];

    internal static CaseConflictJson From(CaseConflict caseConflict)
    {
        var c = caseConflict.Conflict;
        var parts = Shared.GetValue(c, Build);
        return new CaseConflictJson(
            c.PainType, c.Kind, c.Verification == Domain.Sources.Verification.Verified ? null : c.Verification, caseConflict.Applies,
            parts.Recommendations, parts.Reasons, c.Reasons.Count == 0 ? Conflict.NoReason : null);
    }

    private static Parts Build(Conflict c) => new(
        new Dictionary<string, IReadOnlyList<string>>(2, StringComparer.Ordinal)
        {
            [c.First.Guideline.Value] = Ids(c.First),
            [c.Second.Guideline.Value] = Ids(c.Second),
        }.AsReadOnly(),
        c.Reasons.Select(r => r.Origin).Distinct(StringComparer.Ordinal).ToList().AsReadOnly());

    private static List<string> Ids(ConflictSide side) => side.Positions.Select(p => p.Recommendation.Id.Value).Distinct(StringComparer.Ordinal).ToList();

    private sealed record Parts(IReadOnlyDictionary<string, IReadOnlyList<string>> Recommendations, IReadOnlyList<string> Reasons);
}
