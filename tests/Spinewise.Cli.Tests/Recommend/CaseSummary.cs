using System.Text;
using System.Text.Json;
using Spinewise.Domain.Vocabulary;
using Spinewise.Testing;

namespace Spinewise.Cli.Tests.Recommend;

/// <summary>
/// A reviewable text digest of a <c>recommend --json</c> report, for snapshots a clinician can read: each intervention's
/// status with the criteria it rests on, the recommendations that apply or may apply, conflicts, and the questions.
/// The answer references the knowledge by id; the digest joins it with the shipped knowledge (criteria tests) and
/// with the answer's own tables (each recommendation's applicability, each conflict's reasons).
/// </summary>
internal static class CaseSummary
{
    public static string Of(JsonElement report)
    {
        var text = new StringBuilder();
        text.Append($"case {report.GetProperty("caseId").GetString()} as of {report.GetProperty("asOf").GetString()}\n");
        var graded = report.GetProperty("recommendations");
        var reasonGroups = report.GetProperty("reasons");
        foreach (var i in report.GetProperty("interventions").EnumerateArray())
        {
            var intervention = i.GetProperty("intervention").GetString()!;
            var tests = ShippedKnowledge.Value.CriteriaOf(new InterventionId(intervention))?.Criteria.ToDictionary(c => c.Id, c => c.Test.Describe(), StringComparer.Ordinal)
                ?? [];
            text.Append($"\n{intervention}: {i.GetProperty("status").GetString()}\n");
            foreach (var c in i.GetProperty("criteria").EnumerateArray().Where(c => c.GetProperty("role").GetString() != "eligibility"))
            {
                text.Append($"  {Mark(c.GetProperty("result").GetString()!)} {c.GetProperty("role").GetString()} {c.GetProperty("criterion").GetString()}: {tests[c.GetProperty("criterion").GetString()!]}\n");
            }

            var eligibility = i.GetProperty("criteria").EnumerateArray().Where(c => c.GetProperty("role").GetString() == "eligibility").ToList();
            if (eligibility.Count > 0)
            {
                text.Append($"  eligibility: {string.Join(", ", eligibility.Select(c => $"{Mark(c.GetProperty("result").GetString()!)}{c.GetProperty("criterion").GetString()!.Split('/')[1]}"))}\n");
            }

            var fits = i.GetProperty("recommendations").EnumerateArray().Select(r => (Entry: r, Graded: graded.GetProperty(r.GetProperty("id").GetString()!))).ToList();
            foreach (var (r, g) in fits.Where(f => f.Graded.GetProperty("applies").GetString() != "no"))
            {
                var variant = r.TryGetProperty("variant", out var v) ? $" ({v.GetString()})" : string.Empty;
                text.Append($"  {g.GetProperty("applies").GetString()}: {r.GetProperty("id").GetString()} {r.GetProperty("stance").GetString()}{variant} — {g.GetProperty("why").GetString()}\n");
            }

            var notApplying = fits.Count(f => f.Graded.GetProperty("applies").GetString() == "no");
            if (notApplying > 0)
            {
                text.Append($"  ({notApplying} recommendation(s) do not apply)\n");
            }

            foreach (var c in i.GetProperty("conflicts").EnumerateArray())
            {
                var sides = string.Join(" vs ", c.GetProperty("recommendations").EnumerateArray().Select(s => s.GetProperty("guideline").GetString()));
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
