using System.Text;
using Spinewise.Domain;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Text;

namespace Spinewise.Application.CdsHooks.Internal;

/// <summary>What each guideline says on the ordered form, grouped by whether it applies to the patient, in markdown.</summary>
internal static class StanceLines
{
    public static void Append(StringBuilder md, KnowledgeBase kb, OrderedForm form)
    {
        var groups = new[]
        {
            (Applicability.Yes, "Applies to this patient", string.Empty),
            (Applicability.Unknown, "May apply", " (it turns on a fact the chart does not record)"),
        };
        foreach (var (applies, title, note) in groups)
        {
            var fits = form.Fits.Where(f => f.Applies == applies).ToList();
            if (fits.Count == 0)
            {
                continue;
            }

            md.Append("**").Append(title).Append("**").Append(note).Append("\n\n");
            // one line per recommendation and stance: ASIPP's one statement on three approaches is one line
            foreach (var group in fits.GroupBy(f => (f.Position.Recommendation.Id, f.Position.Stance.Stance)))
            {
                md.Append(Line(kb, form, [.. group], applies == Applicability.Unknown)).Append('\n');
            }

            md.Append('\n');
        }

        var notApplying = form.Fits.Where(f => f.Applies == Applicability.No).ToList();
        if (notApplying.Count > 0)
        {
            md.Append("**Does not apply to this patient**: ")
                .Append(string.Join("; ", notApplying.Select(f => $"{Markdown.Escape(f.Position.Guideline.ShortTitle)} ({Markdown.Escape(f.Position.Recommendation.Id.Value)}: {Markdown.Escape(f.Why)})")))
                .Append("\n\n");
        }

        if (form.Assessment.NotAddressedBy.Count > 0)
        {
            md.Append("**Not addressed by**: ")
                .Append(string.Join("; ", form.Assessment.NotAddressedBy.Select(n => $"{Markdown.Escape(n.Guideline.ShortTitle)} ({SourceWords.Of(kb, n.Entry.Source)})")))
                .Append("\n\n");
        }

        if (form.Fits.Count == 0 && form.Assessment.NotAddressedBy.Count == 0)
        {
            md.Append("No guideline in the knowledge takes a position on this form of the procedure.\n\n");
        }
    }

    private static string Line(KnowledgeBase kb, OrderedForm form, List<RecommendationFit> fits, bool why)
    {
        var fit = fits[0];
        var p = fit.Position;
        var r = p.Recommendation;
        var intervention = form.Assessment.Intervention;
        var what = fits.Any(f => f.Position.Stance.Variant is null) ? Labels.Lower(intervention.Label)
            : string.Join(", ", fits.Select(f => f.Position.Stance.Variant!).Distinct().Select(v => Labels.Lower(intervention.FindVariant(v)?.Label ?? v)));
        var because = why ? $" Whether it applies: {Markdown.Escape(fit.Why)}." : string.Empty;
        var weakest = fits.Max(f => f.Position.Verification);
        var sure = weakest == Domain.Sources.Verification.Verified ? string.Empty : $" Reading of the statement: {Markdown.Escape(KebabCase.Of(weakest))}.";
        var line = KnowledgeText.Get(kb, (r.Id, p.Stance.Stance, what), _ => $"- **{Markdown.Escape(p.Guideline.ShortTitle)}** {GradingWords.Stance(p.Stance.Stance)} {Markdown.Escape(what)} ({Markdown.Escape(GradingWords.Of(r))}): "
            + $"“{Markdown.Escape(r.Statement)}”{(r.Details.StatementIsParaphrase ? " (paraphrased)" : string.Empty)} ({Markdown.Escape(r.Id.Value)}; {SourceWords.Of(kb, r.Source)}).");
        return line + because + sure;
    }
}
