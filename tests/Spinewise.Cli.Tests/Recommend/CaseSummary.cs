using System.Text;
using System.Text.Json;

namespace Spinewise.Cli.Tests.Recommend;

/// <summary>
/// A reviewable text digest of a <c>recommend --json</c> report, for snapshots a clinician can read: each intervention's
/// status with the criteria it rests on, the recommendations that apply or may apply, conflicts, and the questions.
/// </summary>
internal static class CaseSummary
{
    public static string Of(JsonElement report)
    {
        var text = new StringBuilder();
        text.Append($"case {report.GetProperty("caseId").GetString()} as of {report.GetProperty("asOf").GetString()}\n");
        foreach (var i in report.GetProperty("interventions").EnumerateArray())
        {
            text.Append($"\n{i.GetProperty("intervention").GetString()}: {i.GetProperty("status").GetString()}\n");
            foreach (var c in i.GetProperty("criteria").EnumerateArray().Where(c => c.GetProperty("role").GetString() != "eligibility"))
            {
                text.Append($"  {Mark(c.GetProperty("result").GetString()!)} {c.GetProperty("role").GetString()} {c.GetProperty("criterion").GetString()}: {c.GetProperty("test").GetString()}\n");
            }

            var eligibility = i.GetProperty("criteria").EnumerateArray().Where(c => c.GetProperty("role").GetString() == "eligibility").ToList();
            if (eligibility.Count > 0)
            {
                text.Append($"  eligibility: {string.Join(", ", eligibility.Select(c => $"{Mark(c.GetProperty("result").GetString()!)}{c.GetProperty("criterion").GetString()!.Split('/')[1]}"))}\n");
            }

            foreach (var r in i.GetProperty("recommendations").EnumerateArray().Where(r => r.GetProperty("applies").GetString() != "no"))
            {
                var variant = r.GetProperty("variant").GetString() is { } v ? $" ({v})" : string.Empty;
                text.Append($"  {r.GetProperty("applies").GetString()}: {r.GetProperty("id").GetString()} {r.GetProperty("stance").GetString()}{variant} — {r.GetProperty("why").GetString()}\n");
            }

            var notApplying = i.GetProperty("recommendations").EnumerateArray().Count(r => r.GetProperty("applies").GetString() == "no");
            if (notApplying > 0)
            {
                text.Append($"  ({notApplying} recommendation(s) do not apply)\n");
            }

            foreach (var c in i.GetProperty("conflicts").EnumerateArray())
            {
                var sides = string.Join(" vs ", c.GetProperty("recommendations").EnumerateArray().Select(s => s.GetProperty("guideline").GetString()));
                var reasons = string.Join(", ", c.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString() ?? "no reason given").Distinct());
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
