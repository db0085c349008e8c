using System.Globalization;
using Spinewise.Application.Internal;
using Spinewise.Domain;
using Spinewise.Domain.Decisions;

namespace Spinewise.Application.Contracts;

/// <summary>
/// The contract of <c>spinewise recommend --json</c>, <c>POST /api/evaluate</c> and each line of
/// <c>recommend --cases … --out FILE.ndjson</c> (there on one line): what is specific to this patient, with the
/// knowledge it rests on referenced by id. Whether each recommendation applies and why appears once in
/// <see cref="Applicability"/>; what is the knowledge's — each recommendation's statement, grading and source, each
/// intervention's name, each criterion's role, statement, test and source — is served by the knowledge endpoints for
/// <see cref="KnowledgeVersion"/> (<c>/api/recommendations</c>, <c>/api/guidelines/{id}</c>,
/// <c>/api/interventions/{id}</c>, <c>/api/compare</c>). The reasons conflicts cite, and the sources of those and of
/// "not addressed", are listed once here, since they are what a reader of a conflict needs beside it.
/// </summary>
/// <param name="KnowledgeVersion">The knowledge version (SHA-256) the case was evaluated on.</param>
/// <param name="CaseId">The case id.</param>
/// <param name="AsOf">The date evaluated as of (YYYY-MM-DD).</param>
/// <param name="Notice">The notice: Spinewise informs and does not decide.</param>
/// <param name="Interventions">Every intervention's status, criteria results, stances and conflicts.</param>
/// <param name="Applicability">
/// Every recommendation referenced above, once, grouped by whether it applies to this patient and why: yes first, then
/// unknown, then no, each group's reasons once.
/// </param>
/// <param name="Reasons">The reasons the conflicts above cite, once per explanation or critique, by its id.</param>
/// <param name="AskNext">The unknown facts worth asking for.</param>
/// <param name="Sources">Every source reference cited above, once, by the key the entries carry (<c>document#section:line</c>).</param>
/// <param name="Documents">Every document those references are in, once, by document id: its citation and where to read it.</param>
public sealed record RecommendContract(
    string KnowledgeVersion,
    string CaseId,
    string AsOf,
    string Notice,
    IReadOnlyList<InterventionJson> Interventions,
    IReadOnlyList<ApplicabilityGroupJson> Applicability,
    IReadOnlyDictionary<string, ReasonGroupJson> Reasons,
    IReadOnlyList<AskNextJson> AskNext,
    IReadOnlyDictionary<string, AnswerSourceJson> Sources,
    IReadOnlyDictionary<string, DocumentJson> Documents)
{
    /// <summary>The notice every answer carries: Spinewise informs and does not decide.</summary>
    public const string InformsNotice = "Spinewise reports what each source says about this case; it informs and does not decide.";

    internal static RecommendContract From(KnowledgeBase kb, DecisionReport report)
    {
        var sources = new AnswerSources(kb);
        var groups = new Dictionary<(Applicability Applies, string Why), List<string>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var reasons = new SortedDictionary<string, List<ReasonJson>>(StringComparer.Ordinal);
        var interventions = new List<InterventionJson>(report.Interventions.Count);
        foreach (var assessment in report.Interventions)
        {
            foreach (var fit in assessment.Recommendations)
            {
                var id = fit.Position.Recommendation.Id.Value;
                if (seen.Add(id))
                {
                    var key = (fit.Applies, fit.Why);
                    var group = groups.TryGetValue(key, out var ids) ? ids : groups[key] = [];
                    group.Add(id);
                }
            }

            foreach (var reason in assessment.Conflicts.SelectMany(c => c.Conflict.Reasons))
            {
                var group = reasons.TryGetValue(reason.Origin, out var known) ? known : reasons[reason.Origin] = [];
                var json = new ReasonJson(reason.Code, reason.Explanation, sources.Key(reason.Source));
                if (!group.Contains(json))
                {
                    group.Add(json);
                }
            }

            interventions.Add(InterventionJson.From(sources, assessment));
        }

        return new(
            report.KnowledgeVersion.Sha256, report.CaseId, report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), InformsNotice,
            interventions,
            Grouped(groups),
            reasons.ToDictionary(r => r.Key, r => new ReasonGroupJson(r.Value), StringComparer.Ordinal),
            report.AskNext.Select(AskNextJson.From).ToList(),
            sources.References,
            sources.Documents);
    }

    /// <summary>The groups yes, unknown, no; within each by reason (ordinal); ids in order.</summary>
    private static List<ApplicabilityGroupJson> Grouped(Dictionary<(Applicability Applies, string Why), List<string>> groups) =>
        groups.OrderBy(g => Rank(g.Key.Applies)).ThenBy(g => g.Key.Why, StringComparer.Ordinal)
            .Select(g => new ApplicabilityGroupJson(g.Key.Applies, g.Key.Why, [.. g.Value.Order(StringComparer.Ordinal)]))
            .ToList();

    private static int Rank(Applicability applies) => applies switch
    {
        Domain.Decisions.Applicability.Yes => 0,
        Domain.Decisions.Applicability.Unknown => 1,
        _ => 2,
    };
}
