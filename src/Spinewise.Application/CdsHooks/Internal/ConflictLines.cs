using System.Text;
using Spinewise.Domain;
using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Decisions;

namespace Spinewise.Application.CdsHooks.Internal;

/// <summary>Where the guidelines that apply disagree on the ordered form, with the reasons sources give, in markdown.</summary>
internal static class ConflictLines
{
    private const int ReasonsShown = 6;

    public static void Append(StringBuilder md, KnowledgeBase kb, IReadOnlyList<CaseConflict> conflicts)
    {
        var applying = conflicts.Where(c => c.Applies == Applicability.Yes).ToList();
        if (conflicts.Count == 0)
        {
            return;
        }

        md.Append(applying.Count > 0 ? "**Where guidelines that apply disagree**\n\n" : "**Where guidelines disagree**\n\n");
        foreach (var pair in applying.GroupBy(c => (c.Conflict.First.Guideline, c.Conflict.Second.Guideline)))
        {
            var kinds = string.Join(", ", pair.Select(c => $"{c.Conflict.Kind.ToString().ToLowerInvariant()} on {c.Conflict.PainType.ToString().ToLowerInvariant()} pain").Distinct());
            var weakest = pair.Max(c => c.Conflict.Verification);
            var sure = weakest == Domain.Sources.Verification.Verified ? string.Empty : $" (rests on {Domain.Text.KebabCase.Of(weakest)} facts)";
            md.Append($"- **{Markdown.Escape(Title(kb, pair.Key.Item1))}** and **{Markdown.Escape(Title(kb, pair.Key.Item2))}** disagree ({Markdown.Escape(kinds)}){sure}.");
            var reasons = pair.SelectMany(c => c.Conflict.Reasons).DistinctBy(r => (r.Code, r.Explanation)).ToList();
            if (reasons.Count == 0)
            {
                md.Length -= 1;
                md.Append(": ").Append(Markdown.Escape(Conflict.NoReason)).Append(".\n");
                continue;
            }

            md.Append(" Reasons sources give:\n");
            foreach (var reason in reasons.Take(ReasonsShown))
            {
                md.Append(KnowledgeText.Get(kb, reason, r => $"  - {Markdown.Escape(kb.FindReasonCode(r.Code)?.Label ?? r.Code)}: {Markdown.Escape(r.Explanation)} ({SourceWords.Of(kb, r.Source)})\n"));
            }

            if (reasons.Count > ReasonsShown)
            {
                md.Append($"  - … and {reasons.Count - ReasonsShown} more in the full evaluation\n");
            }
        }

        foreach (var pair in conflicts.Where(c => c.Applies != Applicability.Yes).GroupBy(c => (c.Conflict.First.Guideline, c.Conflict.Second.Guideline)))
        {
            var kinds = string.Join(", ", pair.Select(c => $"{c.Conflict.Kind.ToString().ToLowerInvariant()} on {c.Conflict.PainType.ToString().ToLowerInvariant()} pain").Distinct());
            var labels = pair.SelectMany(c => c.Conflict.Reasons).Select(r => kb.FindReasonCode(r.Code)?.Label ?? r.Code).Distinct().ToList();
            var why = labels.Count == 0 ? Conflict.NoReason : "reasons sources give: " + string.Join(", ", labels) + " (each with its source in the full evaluation)";
            md.Append($"- *May apply* (a side turns on a fact the chart does not record): **{Markdown.Escape(Title(kb, pair.Key.Item1))}** and **{Markdown.Escape(Title(kb, pair.Key.Item2))}** disagree ({Markdown.Escape(kinds)}): {Markdown.Escape(why)}.\n");
        }

        md.Append('\n');
    }

    private static string Title(KnowledgeBase kb, Domain.Guidelines.GuidelineId id) => kb.FindGuideline(id)?.ShortTitle ?? id.Value;
}
