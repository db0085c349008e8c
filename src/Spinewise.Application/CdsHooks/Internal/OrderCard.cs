using Spinewise.Application.Wording;
using System.Globalization;
using System.Text;
using Spinewise.Domain;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Eligibility;
using Spinewise.Domain.Grading;

namespace Spinewise.Application.CdsHooks.Internal;

/// <summary>The card of one ordered procedure: each guideline's stance on it for this patient, their disagreements, the selection criteria not settled, and what to ask next.</summary>
internal static class OrderCard
{
    private const int QuestionsShown = 5;

    public static CdsCard Build(KnowledgeBase kb, DecisionReport report, OrderedForm form, CardContext context, Guid uuid, IReadOnlyList<CdsSuggestion> suggestions, CdsSelectionBehavior? behaviour)
    {
        var indicator = Indicator(form);
        var md = new StringBuilder();
        md.Append("Spinewise reports what each source says about ").Append(Markdown.Escape(Domain.Text.Labels.Lower(form.Name)))
            .Append(" for this patient; it informs and does not decide.\n\n");
        StanceLines.Append(md, kb, form);
        ConflictLines.Append(md, kb, form.Conflicts);
        AppendCriteria(md, kb, form);
        AppendQuestions(md, report, form);
        return new CdsCard(
            uuid,
            Summary(kb, form, indicator),
            md.ToString().TrimEnd() + "\n",
            indicator,
            CardSource.Of(context, form.Assessment.Intervention),
            suggestions.Count == 0 ? null : suggestions,
            suggestions.Count == 0 ? null : behaviour,
            CdsOverrideReasons.All,
            [CardSource.EvaluationLink(context)]);
    }

    /// <summary>Critical when a contraindication a source states is met; warning when a guideline that applies recommends against or a prerequisite is not met; info otherwise.</summary>
    public static CdsIndicator Indicator(OrderedForm form) =>
        form.ContraindicationMet ? CdsIndicator.Critical
        : form.AgainstApplying.Any() || form.PrerequisitesNotMet.Any() ? CdsIndicator.Warning
        : CdsIndicator.Info;

    public static string Summary(KnowledgeBase kb, OrderedForm form, CdsIndicator indicator)
    {
        var parts = new List<string[]>();
        var contraindications = form.Criteria.Where(c => c.Criterion.Role == CriterionRole.Contraindication && c.Result == Truth.Met).ToList();
        if (contraindications.Count > 0)
        {
            var words = string.Join(", ", contraindications.Select(c => CriterionWords.Of(kb, c.Criterion.Test)).Distinct());
            parts.Add([$"contraindication a source states is met ({words})", Count(contraindications.Count, "contraindication a source states is met", "contraindications sources state are met"), "contraindication met"]);
        }

        var prerequisites = form.PrerequisitesNotMet.ToList();
        if (prerequisites.Count > 0)
        {
            var words = string.Join(", ", prerequisites.Select(c => CriterionWords.Of(kb, c.Criterion.Test)).Distinct());
            var onRecord = prerequisites.Count == 1 && prerequisites[0].Criterion.Test is HistoryTest h ? $"no {CriterionWords.HistoryWords(kb, h)} on record" : null;
            parts.Add(new[] { $"prerequisite not met ({words})", onRecord, Count(prerequisites.Count, "prerequisite not met", "prerequisites not met") }.OfType<string>().ToArray());
        }

        var applying = form.ExactFits.Where(f => f.Applies == Applicability.Yes).ToList();
        List<string> Guidelines(Stance direction) => [.. applying.Where(f => f.Position.Stance.Direction == direction).Select(f => f.Position.Guideline.ShortTitle).Distinct()];
        var (@for, against) = (Guidelines(Stance.For), Guidelines(Stance.Against));
        if (@for.Count + against.Count == 0)
        {
            parts.Add(["no guideline's position on it applies as recorded"]);
        }
        else
        {
            parts.Add([
                string.Join("; ", new[] { Named(@for, "for"), Named(against, "against") }.OfType<string>()),
                $"{N(@for.Count)} guideline(s) for, {N(against.Count)} against",
                $"{N(@for.Count)} for, {N(against.Count)} against"]);
        }

        if (form.Conflicts.Any(c => c.Applies == Applicability.Yes))
        {
            parts.Add(["they disagree"]);
        }

        var mayApply = form.ExactFits.Where(f => f.Applies == Applicability.Unknown).Select(f => f.Position.Guideline.Id).Distinct().Except(applying.Select(f => f.Position.Guideline.Id)).Count();
        var optional = new List<string[]>();
        if (mayApply > 0)
        {
            optional.Add([$"{N(mayApply)} more may apply"]);
        }

        var unknown = form.Criteria.Count(c => c.Result == Truth.Unknown && c.Criterion.Role != CriterionRole.Eligibility);
        if (unknown > 0 && indicator != CdsIndicator.Critical)
        {
            optional.Add([Count(unknown, "criterion not recorded", "criteria not recorded")]);
        }

        return CardSummary.Build(form.Name, parts, optional);
    }

    private static string? Named(List<string> guidelines, string stance) => guidelines.Count == 0 ? null : $"{string.Join(", ", guidelines)} {stance}";

    private static void AppendCriteria(StringBuilder md, KnowledgeBase kb, OrderedForm form)
    {
        var shown = form.Criteria.Where(CriterionLines.Shown)
            .OrderBy(c => c.Criterion.Role == CriterionRole.Contraindication && c.Result == Truth.Met ? 0 : c.Result == Truth.NotMet ? 1 : 2)
            .ToList();
        var safety = form.Assessment.SafetyNote;
        var noContraindications = !form.Criteria.Any(c => c.Criterion.Role == CriterionRole.Contraindication);
        if (shown.Count == 0 && safety is null && !noContraindications)
        {
            return;
        }

        md.Append("**Selection criteria sources state, not settled for this patient**\n\n");
        foreach (var c in shown)
        {
            md.Append(CriterionLines.Bullet(kb, c)).Append('\n');
        }

        if (safety is not null)
        {
            md.Append("- ").Append(Markdown.Escape(safety)).Append('\n');
        }

        if (noContraindications)
        {
            md.Append("- No source in the knowledge states contraindications for this procedure.\n");
        }

        md.Append('\n');
    }

    private static void AppendQuestions(StringBuilder md, DecisionReport report, OrderedForm form)
    {
        var id = form.Assessment.Intervention.Id;
        var questions = report.AskNext.Where(q => q.Affects.Contains(id) || q.Applicability.Contains(id)).Take(QuestionsShown).ToList();
        if (questions.Count == 0)
        {
            return;
        }

        md.Append("**What the chart does not record that bears on this**\n\n");
        for (var i = 0; i < questions.Count; i++)
        {
            md.Append(N(i + 1)).Append(". ").Append(Markdown.Escape(questions[i].Question)).Append('\n');
        }

        md.Append('\n');
    }

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{N(n)} {many}";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
