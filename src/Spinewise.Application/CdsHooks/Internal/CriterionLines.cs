using Spinewise.Application.Wording;
using Spinewise.Domain;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Eligibility;

namespace Spinewise.Application.CdsHooks.Internal;

/// <summary>
/// The selection criteria a card shows: required criteria (indications, prerequisites) not met or unknown and
/// contraindications met or unknown, each worded from its own test ("no lumbar medial branch block (effective) on
/// record") followed by the criterion's statement as the source words it, and the source.
/// </summary>
internal static class CriterionLines
{
    /// <summary>Whether the criterion is one a card shows for its result.</summary>
    public static bool Shown(CriterionOutcome o) => o.Criterion.Role switch
    {
        CriterionRole.Contraindication => o.Result != Truth.NotMet,
        CriterionRole.Indication or CriterionRole.Prerequisite => o.Result != Truth.Met,
        _ => false,
    };

    /// <summary>The finding in words, e.g. "Prerequisite not met: no lumbar medial branch block (effective) on record".</summary>
    public static string Finding(KnowledgeBase kb, CriterionOutcome o)
    {
        var c = o.Criterion;
        var role = c.Role switch
        {
            CriterionRole.Indication => "Indication",
            CriterionRole.Prerequisite => "Prerequisite",
            _ => "Contraindication",
        };
        var words = CriterionWords.Of(kb, c.Test);
        return (c.Role, o.Result, c.Test) switch
        {
            (CriterionRole.Contraindication, Truth.Met, _) => $"{role} met: {words} (recorded)",
            (CriterionRole.Contraindication, _, _) => $"{role} not ruled out: {words} (not recorded)",
            (_, Truth.NotMet, HistoryTest h) => $"{role} not met: no {CriterionWords.HistoryWords(kb, h)} on record",
            (_, Truth.NotMet, _) => $"{role} not met: {words}",
            _ => $"{role} unknown: {words} (not recorded)",
        };
    }

    /// <summary>The markdown bullet: the finding, who states it, the statement and the source.</summary>
    public static string Bullet(KnowledgeBase kb, CriterionOutcome o)
    {
        var c = o.Criterion;
        var who = c.Basis switch
        {
            CriterionBasis.Guideline => "guideline",
            CriterionBasis.Consensus => "consensus statement",
            CriterionBasis.CoveragePolicy => "coverage policy",
            _ => c.Trial is { } trial ? $"eligibility of trial {trial}" : "trial eligibility",
        };
        var paraphrase = c.StatementIsParaphrase ? ", paraphrased" : string.Empty;
        return $"- **{Markdown.Escape(Finding(kb, o))}**. The {who} states{paraphrase}: “{Markdown.Escape(c.Statement)}” ({Markdown.Escape(c.Id)}; {SourceWords.Of(kb, c.Source)})";
    }
}
