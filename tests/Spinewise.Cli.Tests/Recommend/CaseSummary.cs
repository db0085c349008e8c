using System.Text;
using System.Text.Json;
using Spinewise.Domain.Eligibility;
using Spinewise.Domain.Text;
using Spinewise.Domain.Vocabulary;
using Spinewise.Testing;

namespace Spinewise.Cli.Tests.Recommend;

/// <summary>
/// A reviewable text digest of a <c>recommend --json</c> report, for snapshots a clinician can read: each intervention's
/// status with the criteria it rests on, the recommendations that apply or may apply, conflicts, and the questions.
/// The answer references the knowledge by id; the digest joins it with the shipped knowledge (each criterion's role and
/// test, in the knowledge's order) and with the answer's own tables (each recommendation's applicability group, each
/// conflict's reasons).
/// </summary>
internal static class CaseSummary
{
    public static string Of(JsonElement report)
    {
        var text = new StringBuilder();
        text.Append($"case {report.GetProperty("caseId").GetString()} as of {report.GetProperty("asOf").GetString()}\n");
        var applicability = new Dictionary<string, (string Applies, string Why)>(StringComparer.Ordinal);
        foreach (var group in report.GetProperty("applicability").EnumerateArray())
        {
            foreach (var id in group.GetProperty("recommendations").EnumerateArray())
            {
                applicability.Add(id.GetString()!, (group.GetProperty("applies").GetString()!, group.GetProperty("why").GetString()!));
            }
        }

        var reasonGroups = report.GetProperty("reasons");
        foreach (var i in report.GetProperty("interventions").EnumerateArray())
        {
            var intervention = i.GetProperty("intervention").GetString()!;
            var results = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (result, name) in new[] { ("met", "met"), ("not-met", "notMet"), ("unknown", "unknown") })
            {
                foreach (var id in i.GetProperty("criteria").GetProperty(name).EnumerateArray())
                {
                    results.Add(id.GetString()!, result);
                }
            }

            var criteria = (ShippedKnowledge.Value.CriteriaOf(new InterventionId(intervention))?.Criteria ?? []).Where(c => results.ContainsKey(c.Id)).ToList();
            criteria.Count.ShouldBe(results.Count, "every criterion of the answer is the knowledge's");
            text.Append($"\n{intervention}: {i.GetProperty("status").GetString()}\n");
            foreach (var c in criteria.Where(c => c.Role != CriterionRole.Eligibility))
            {
                text.Append($"  {Mark(results[c.Id])} {KebabCase.Of(c.Role.ToString())} {c.Id}: {c.Test.Describe()}\n");
            }

            var eligibility = criteria.Where(c => c.Role == CriterionRole.Eligibility).ToList();
            if (eligibility.Count > 0)
            {
                text.Append($"  eligibility: {string.Join(", ", eligibility.Select(c => $"{Mark(results[c.Id])}{c.Id.Split('/')[1]}"))}\n");
            }

            var fits = i.GetProperty("recommendations").EnumerateArray().Select(r => (Entry: r, Graded: applicability[r.GetProperty("id").GetString()!])).ToList();
            foreach (var (r, g) in fits.Where(f => f.Graded.Applies != "no"))
            {
                var variant = r.TryGetProperty("variant", out var v) ? $" ({v.GetString()})" : string.Empty;
                text.Append($"  {g.Applies}: {r.GetProperty("id").GetString()} {r.GetProperty("stance").GetString()}{variant} — {g.Why}\n");
            }

            var notApplying = fits.Count(f => f.Graded.Applies == "no");
            if (notApplying > 0)
            {
                text.Append($"  ({notApplying} recommendation(s) do not apply)\n");
            }

            foreach (var c in i.GetProperty("conflicts").EnumerateArray())
            {
                var sides = string.Join(" vs ", c.GetProperty("recommendations").EnumerateObject().Select(s => s.Name));
                var codes = c.GetProperty("reasons").EnumerateArray()
                    .SelectMany(origin => reasonGroups.GetProperty(origin.GetString()!).GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()!))
                    .Distinct().ToList();
                var reasons = codes.Count == 0 ? "no reason given" : string.Join(", ", codes);
                text.Append($"  conflict {c.GetProperty("kind").GetString()} {c.GetProperty("painType").GetString()} ({c.GetProperty("applies").GetString()}): {sides} — {reasons}\n");
            }
        }

        text.Append("\nask next:\n");
        var rank = 0;
        foreach (var q in report.GetProperty("askNext").EnumerateArray())
        {
            text.Append($"  {++rank}. {q.GetProperty("criterion").GetString()}: {q.GetProperty("question").GetString()}\n");
            text.Append($"     settles: {List(q.GetProperty("affects"))}; applicability: {List(q.GetProperty("applicability"))}\n");
        }

        return text.ToString();
    }

    private static string Mark(string result) => result switch
    {
        "met" => "[+]",
        "not-met" => "[-]",
        _ => "[?]",
    };

    private static string List(JsonElement array) =>
        array.GetArrayLength() == 0 ? "—" : string.Join(", ", array.EnumerateArray().Select(e => e.GetString()));
}
