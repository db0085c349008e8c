using Spinewise.Application.Internal;
using Spinewise.Domain;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Eligibility;
using Spinewise.Domain.Grading;
using Spinewise.Domain.Sources;

namespace Spinewise.Application.Contracts;

/// <summary>
/// The contract of <c>spinewise recommend --json</c>, <c>POST /api/evaluate</c> and each line of
/// <c>recommend --cases … --out FILE.ndjson</c> (there on one line).
/// </summary>
/// <param name="KnowledgeVersion">The knowledge version (SHA-256) the case was evaluated on.</param>
/// <param name="CaseId">The case id.</param>
/// <param name="AsOf">The date evaluated as of (YYYY-MM-DD).</param>
/// <param name="Notice">The notice: Spinewise informs and does not decide.</param>
/// <param name="Interventions">Every intervention's status, criteria, recommendations and conflicts.</param>
/// <param name="AskNext">The unknown facts worth asking for.</param>
/// <param name="Sources">Every source cited above, once, by the key criteria, recommendations, not-addressed entries and conflict reasons carry.</param>
public sealed record RecommendContract(
    string KnowledgeVersion,
    string CaseId,
    string AsOf,
    string Notice,
    IReadOnlyList<InterventionJson> Interventions,
    IReadOnlyList<AskNextJson> AskNext,
    IReadOnlyDictionary<string, SourceEntryJson> Sources)
{
    /// <summary>The notice every answer carries: Spinewise informs and does not decide.</summary>
    public const string InformsNotice = "Spinewise reports what each source says about this case; it informs and does not decide.";

    internal static RecommendContract From(KnowledgeBase kb, DecisionReport report)
    {
        var sources = new SourceTable(kb);
        var interventions = report.Interventions.Select(a => InterventionJson.From(kb, sources, a)).ToList();
        return new(
            report.KnowledgeVersion.Sha256, report.CaseId, report.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), InformsNotice,
            interventions,
            report.AskNext.Select(q => new AskNextJson(q.Key, q.Question, q.Affects.Select(i => i.Value).ToList(), q.Applicability.Select(i => i.Value).ToList(), q.Criteria)).ToList(),
            sources.Entries);
    }
}

/// <summary>One intervention's status, criteria, recommendations and conflicts for the case.</summary>
public sealed record InterventionJson(
    string Intervention, string Label, CandidateStatus Status, IReadOnlyList<string> Because, IReadOnlyList<CriterionJson> Criteria,
    IReadOnlyList<string> CriteriaNotes, IReadOnlyList<CaseRecommendationJson> Recommendations, IReadOnlyList<NotAddressedJson> NotAddressedBy,
    IReadOnlyList<CaseConflictJson> Conflicts, IReadOnlyList<string> FlagsNotAddressed, IReadOnlyList<string> SafetyFlagsNotAddressed)
{
    internal static InterventionJson From(KnowledgeBase kb, SourceTable sources, InterventionAssessment a) => new(
        a.Intervention.Id.Value, a.Intervention.Label, a.Status, a.Decisive.Select(d => d.Criterion.Id).ToList(),
        a.Criteria.Select(c => CriterionJson.From(kb, sources, c)).ToList(),
        kb.CriteriaOf(a.Intervention.Id)?.Notes.Select(n => n.Text).ToList() ?? [],
        a.Recommendations.Select(r => CaseRecommendationJson.From(kb, sources, r)).ToList(),
        a.NotAddressedBy.Select(n => new NotAddressedJson(n.Guideline.Id.Value, "not-addressed", sources.Key(n.Entry.Source))).ToList(),
        a.Conflicts.Select(c => CaseConflictJson.From(kb, sources, c)).ToList(),
        a.FlagsNotAddressed.Select(f => "flags." + f).ToList(),
        a.SafetyFlagsNotAddressed.Select(f => "flags." + f).ToList());
}

/// <summary>A criterion with its result for the case.</summary>
public sealed record CriterionJson(
    string Criterion, CriterionRole Role, CriterionBasis Basis, string Statement, bool StatementIsParaphrase, string Test, Truth Result,
    string? Trial, string? Variant, string? Note, string Source)
{
    internal static CriterionJson From(KnowledgeBase kb, SourceTable sources, CriterionOutcome o)
    {
        var c = o.Criterion;
        return new CriterionJson(c.Id, c.Role, c.Basis, c.Statement, c.StatementIsParaphrase, c.Test.Describe(), o.Result, c.Trial, c.Variant, c.Note, sources.Key(c.Source));
    }
}

/// <summary>A guideline's recommendation on the intervention, with whether it applies to this patient and why.</summary>
public sealed record CaseRecommendationJson(
    string Id, string Guideline, RecommendationKind Kind, string? Variant, Stance Stance, StrengthLevel? Strength, string? StrengthAsPublished,
    string? Grade, string? Level, string? LevelAsPublished, string? Certainty, Certainty? CertaintyNormalised, Applicability Applies, string Why,
    string Statement, bool StatementIsParaphrase, Verification Verification, string Source)
{
    internal static CaseRecommendationJson From(KnowledgeBase kb, SourceTable sources, RecommendationFit fit)
    {
        var p = fit.Position;
        var r = p.Recommendation;
        return new CaseRecommendationJson(r.Id.Value, p.Guideline.Id.Value, r.Kind, p.Stance.Variant, p.Stance.Stance, r.Details.StrengthNormalised,
            r.Details.StrengthAsPublished, r.Grade, r.Level, r.LevelAsPublished, r.Certainty ?? r.Details.CertaintyAsPublished, r.CertaintyNormalised,
            fit.Applies, fit.Why, r.Statement, r.Details.StatementIsParaphrase, p.Verification, sources.Key(r.Source));
    }
}

/// <summary>A conflict among recommendations that apply (or may apply) to the case.</summary>
public sealed record CaseConflictJson(PainType PainType, Domain.Conflicts.ConflictKind Kind, Verification Verification, Applicability Applies, IReadOnlyList<ConflictSideJson> Recommendations, IReadOnlyList<ReasonJson> Reasons)
{
    internal static CaseConflictJson From(KnowledgeBase kb, SourceTable sources, CaseConflict c)
    {
        var shared = ConflictJson.From(kb, sources, c.Conflict);
        return new CaseConflictJson(shared.PainType, shared.Kind, shared.Verification, c.Applies, shared.Recommendations, shared.Reasons);
    }
}

/// <summary>An unknown fact worth asking for.</summary>
public sealed record AskNextJson(string Criterion, string Question, IReadOnlyList<string> Affects, IReadOnlyList<string> Applicability, IReadOnlyList<string> Criteria);
