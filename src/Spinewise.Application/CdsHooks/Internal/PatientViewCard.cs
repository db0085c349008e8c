using System.Globalization;
using System.Text;
using Spinewise.Domain;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Eligibility;

namespace Spinewise.Application.CdsHooks.Internal;

/// <summary>
/// The one patient-view card: the procedures that may fit (candidates, and undetermined ones with an indication met,
/// as the CLI's summary shows them), the other undetermined ones, and the top questions, linking to the evaluation.
/// </summary>
internal static class PatientViewCard
{
    private const int QuestionsShown = 5;

    public static CdsCard Build(KnowledgeBase kb, DecisionReport report, CardContext context, Guid uuid)
    {
        var candidates = report.Interventions.Where(a => a.Status == CandidateStatus.Candidate).ToList();
        var indicated = report.Interventions.Where(a => a.Status == CandidateStatus.Undetermined && Indicated(a)).ToList();
        var undetermined = report.Interventions.Where(a => a.Status == CandidateStatus.Undetermined && !Indicated(a)).ToList();
        var md = new StringBuilder();
        md.Append("Spinewise reports where this chart stands against the selection criteria sources state; it informs and does not decide.\n\n");
        Section(md, kb, "Every required criterion sources state is met", candidates, withReason: false);
        Section(md, kb, "Undetermined, with an indication met", indicated, withReason: true);
        if (undetermined.Count > 0)
        {
            md.Append("**Undetermined, no indication recorded**: ").Append(Markdown.Escape(string.Join(", ", undetermined.Select(a => a.Intervention.Label)))).Append("\n\n");
        }

        var questions = report.AskNext.Take(QuestionsShown).ToList();
        if (questions.Count > 0)
        {
            md.Append("**What to ask next**\n\n");
            for (var i = 0; i < questions.Count; i++)
            {
                md.Append(N(i + 1)).Append(". ").Append(Markdown.Escape(questions[i].Question)).Append('\n');
            }

            md.Append('\n');
        }

        var parts = new[]
        {
            new[]
            {
                candidates.Count is > 0 and <= 4 ? $"{string.Join(", ", candidates.Select(a => a.Intervention.Label))} {(candidates.Count == 1 ? "meets" : "meet")} every required criterion" : string.Empty,
                Count(candidates.Count, "procedure meets every required criterion", "procedures meet every required criterion"),
            }.Where(w => w.Length > 0).ToArray(),
            [indicated.Count == 0 ? $"{N(undetermined.Count)} undetermined" : $"{N(indicated.Count + undetermined.Count)} undetermined, {N(indicated.Count)} of them with an indication met", $"{N(indicated.Count + undetermined.Count)} undetermined"],
            [Count(report.AskNext.Count, "question to ask", "questions to ask")],
        };
        return new CdsCard(uuid, CardSummary.Build("Low back pain procedures", parts), md.ToString().TrimEnd() + "\n", CdsIndicator.Info,
            CardSource.Of(context, null), null, null, null, [CardSource.EvaluationLink(context)]);
    }

    /// <summary>Whether one of the procedure's indications is met: the chart suggests it.</summary>
    private static bool Indicated(InterventionAssessment a) =>
        a.Criteria.Any(c => c.Criterion.Role == CriterionRole.Indication && c.Result == Truth.Met);

    private static void Section(StringBuilder md, KnowledgeBase kb, string title, List<InterventionAssessment> assessments, bool withReason)
    {
        if (assessments.Count == 0)
        {
            return;
        }

        md.Append("**").Append(title).Append("**\n\n");
        foreach (var a in assessments)
        {
            md.Append("- **").Append(Markdown.Escape(a.Intervention.Label)).Append("**");
            var stances = Stances(a);
            if (stances.Length > 0)
            {
                md.Append(": ").Append(stances);
            }

            if (withReason && a.Decisive.Count > 0)
            {
                md.Append(". ").Append(Markdown.Escape(CriterionLines.Finding(kb, a.Decisive[0])))
                    .Append(" (").Append(Markdown.Escape(a.Decisive[0].Criterion.Id)).Append("; ").Append(SourceWords.Of(kb, a.Decisive[0].Criterion.Source)).Append(')');
                if (a.Decisive.Count > 1)
                {
                    md.Append(" and ").Append(N(a.Decisive.Count - 1)).Append(" more");
                }
            }
            else if (withReason && a.SafetyNote is { } safety)
            {
                md.Append(". ").Append(Markdown.Escape(safety));
            }

            md.Append('\n');
        }

        md.Append('\n');
    }

    /// <summary>The guidelines whose recommendations apply, grouped by stance: "ASPN 2022 recommends (grade A…); BMJ 2025 recommends against (…)".</summary>
    private static string Stances(InterventionAssessment a) => string.Join("; ", a.Recommendations
        .Where(r => r.Applies == Applicability.Yes)
        .GroupBy(r => (r.Position.Guideline.ShortTitle, r.Position.Stance.Stance))
        .Select(g => $"{Markdown.Escape(g.Key.ShortTitle)} {GradingWords.Stance(g.Key.Stance)} it ({Markdown.Escape(GradingWords.Of(g.First().Position.Recommendation))}{(g.Count() > 1 ? $"; {N(g.Count())} recommendations" : string.Empty)})"));

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{N(n)} {many}";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
