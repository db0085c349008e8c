using Spinewise.Application.Internal;
using Spinewise.Domain;
using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Sources;

namespace Spinewise.Application.Contracts;

/// <summary>The contract of <c>spinewise compare --json</c> and <c>GET /api/compare</c>.</summary>
/// <param name="KnowledgeVersion">The knowledge version (SHA-256).</param>
/// <param name="Intervention">The intervention id.</param>
/// <param name="PainType">The pain type compared (<c>axial</c>, <c>radicular</c>), or null for both.</param>
/// <param name="Stances">Every guideline's position.</param>
/// <param name="NotAddressed">Guidelines that a source says do not address the intervention.</param>
/// <param name="Conflicts">Conflicts with their reasons.</param>
/// <param name="Agreements">Guidelines agreeing on a direction.</param>
/// <param name="Sources">Every source cited above, once, by the key the entries carry.</param>
public sealed record CompareContract(
    string KnowledgeVersion,
    string Intervention,
    string? PainType,
    IReadOnlyList<StanceRowJson> Stances,
    IReadOnlyList<NotAddressedJson> NotAddressed,
    IReadOnlyList<ConflictJson> Conflicts,
    IReadOnlyList<AgreementJson> Agreements,
    IReadOnlyDictionary<string, SourceEntryJson> Sources)
{
    internal static CompareContract From(KnowledgeBase kb, Comparison c, PainType? painType)
    {
        var sources = new SourceTable(kb);
        var stances = c.Positions.Select(p => StanceRowJson.From(kb, sources, p)).ToList();
        var notAddressed = c.NotAddressedBy.Select(n => new NotAddressedJson(n.Guideline.Id.Value, "not-addressed", sources.Key(n.Entry.Source))).ToList();
        var conflicts = c.Conflicts.Select(x => ConflictJson.From(kb, sources, x)).ToList();
        return new(
            kb.Version.Sha256, c.Intervention.Value, painType?.ToString().ToLowerInvariant(), stances, notAddressed, conflicts,
            c.Agreements.Select(a => new AgreementJson(a.PainType, a.Stance, a.Positions.Select(p => p.Guideline.Id.Value).Distinct().ToList(),
                a.Positions.Select(p => p.Recommendation.Id.Value).Distinct().ToList())).ToList(),
            sources.Entries);
    }
}

/// <summary>One guideline's position, original grading beside the normalised view.</summary>
public sealed record StanceRowJson(
    string Guideline, string Recommendation, string Statement, bool StatementIsParaphrase, RecommendationKind Kind, string? Variant,
    Stance Stance, StrengthLevel? Strength, string? StrengthAsPublished, string? GradeAsPublished, string? Level, string? LevelAsPublished,
    Certainty? Certainty, string? CertaintyAsPublished, string GradingScheme, string? Population, IReadOnlyList<PainType> PainType,
    Verification Verification, string? Note, string Source)
{
    internal static StanceRowJson From(KnowledgeBase kb, SourceTable sources, GuidelinePosition p)
    {
        var r = p.Recommendation;
        return new StanceRowJson(p.Guideline.Id.Value, r.Id.Value, r.Statement, r.Details.StatementIsParaphrase, r.Kind, p.Stance.Variant,
            p.Stance.Stance, r.Details.StrengthNormalised, r.Details.StrengthAsPublished, r.Grade, r.Level, r.LevelAsPublished,
            r.CertaintyNormalised, r.Details.CertaintyAsPublished, p.Guideline.GradingScheme.Value, r.Population, r.Details.PainTypes,
            p.Verification, p.Stance.Note ?? r.Note, sources.Key(r.Source));
    }
}

/// <summary>A guideline that a source says does not address the intervention.</summary>
public sealed record NotAddressedJson(string Guideline, string Stance, string Source);

/// <summary>A conflict with the recommendations on both sides and its reasons.</summary>
/// <remarks><c>verification</c> is the weakest verification of the stances, mappings and recommendation sources the conflict rests on.</remarks>
public sealed record ConflictJson(PainType PainType, ConflictKind Kind, Verification Verification, IReadOnlyList<ConflictSideJson> Recommendations, IReadOnlyList<ReasonJson> Reasons)
{
    internal static ConflictJson From(KnowledgeBase kb, SourceTable sources, Conflict c)
    {
        var reasons = c.Reasons.Count == 0
            ? [new ReasonJson(null, Conflict.NoReason, null)]
            : c.Reasons.Select(r => new ReasonJson(r.Code, r.Explanation, sources.Key(r.Source))).ToList();
        return new ConflictJson(c.PainType, c.Kind, c.Verification, [Side(c.First), Side(c.Second)], reasons);
    }

    internal static ConflictSideJson Side(ConflictSide s) => new(
        s.Guideline.Value,
        s.Positions.Select(p => p.Recommendation.Id.Value).Distinct().ToList(),
        s.Positions.Select(p => p.Stance.Stance).Distinct().ToList());
}

/// <summary>One side of a conflict.</summary>
public sealed record ConflictSideJson(string Guideline, IReadOnlyList<string> Recommendations, IReadOnlyList<Stance> Stances);

/// <summary>A reason for a conflict; code and source are null only for "reason not addressed by any source".</summary>
public sealed record ReasonJson(string? Code, string Explanation, string? Source);

/// <summary>Guidelines agreeing on a direction.</summary>
public sealed record AgreementJson(PainType PainType, Stance Stance, IReadOnlyList<string> Guidelines, IReadOnlyList<string> Recommendations);
