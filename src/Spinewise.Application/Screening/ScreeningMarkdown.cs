using System.Globalization;
using System.Text;
using Spinewise.Application.Contracts;

namespace Spinewise.Application.Screening;

/// <summary>summary.md of <c>spinewise screen</c>: what summary.json holds, for people (no charts yet).</summary>
internal static class ScreeningMarkdown
{
    private const int ExamplesShown = 5;
    private const int UnmappedShown = 20;

    public static void Write(string folder, ScreeningSummaryJson document, ExportScreeningSummary s)
    {
        var md = new StringBuilder();
        string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
        md.Append("# Screening summary\n\n");
        md.Append(CultureInfo.InvariantCulture, $"As of {document.AsOf}, knowledge {document.KnowledgeVersion[..12]}, shard {document.Shard}; {N(s.Files)} files, {N(s.Lines)} lines, {N(s.Bytes)} bytes.\n\n");
        md.Append("| patients | count |\n| --- | ---: |\n");
        foreach (var (label, count) in new[] { ("read", s.PatientsRead), ("mapped to a valid case", s.Mapped), ("evaluated (about low back pain)", s.Evaluated),
            ("not about low back pain", s.NotAboutLowBackPain), ("invalid case", s.InvalidCases) })
        {
            md.Append(CultureInfo.InvariantCulture, $"| {label} | {N(count)} |\n");
        }

        md.Append("\n## Status per procedure (evaluated patients)\n\n| procedure | candidate | undetermined | not a candidate | selection not addressed |\n| --- | ---: | ---: | ---: | ---: |\n");
        foreach (var c in s.Counts)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {c.Intervention} | {N(c.Candidate)} | {N(c.Undetermined)} | {N(c.NotCandidate)} | {N(c.NotAddressed)} |\n");
        }

        md.Append("\n## Most frequent deciding unknowns\n\n");
        if (s.DecidingUnknowns.Count == 0)
        {
            md.Append("None.\n");
        }
        else
        {
            md.Append("Criteria whose unknown result leaves a procedure undetermined, by the patients it does so for (docs/ask-next.md says what to ask).\n\n| criterion | patients |\n| --- | ---: |\n");
            foreach (var d in s.DecidingUnknowns.Take(UnmappedShown))
            {
                md.Append(CultureInfo.InvariantCulture, $"| {d.Criterion} | {N(d.Count)} |\n");
            }
        }

        md.Append("\n## Bad lines\n\n");
        if (s.BadLines.Count == 0)
        {
            md.Append("None.\n");
        }

        foreach (var bad in s.BadLines)
        {
            md.Append(CultureInfo.InvariantCulture, $"- **{ScreeningCsv.Kebab(bad.Reason.ToString())}**: {N(bad.Count)}");
            md.Append(bad.Count > ExamplesShown ? " (the first few; every one is in bad-lines.csv)\n" : "\n");
            foreach (var line in bad.Examples.Take(ExamplesShown))
            {
                md.Append(CultureInfo.InvariantCulture, $"  - `{line.File}:{line.Line}` {Escape(line.Message)}\n");
            }
        }

        md.Append("\n## Codes that map to nothing (most frequent first)\n\n");
        if (s.Unmapped.Count == 0)
        {
            md.Append("None.\n");
        }
        else
        {
            md.Append("| system | code | display | count |\n| --- | --- | --- | ---: |\n");
            foreach (var u in s.Unmapped.Take(UnmappedShown))
            {
                md.Append(CultureInfo.InvariantCulture, $"| {u.System} | {Escape(u.Code)} | {Escape(u.Display ?? string.Empty)} | {N(u.Count)} |\n");
            }

            if (s.Unmapped.Count > UnmappedShown)
            {
                md.Append(CultureInfo.InvariantCulture, $"\n{s.Unmapped.Count - UnmappedShown} more in summary.json.\n");
            }
        }

        md.Append(CultureInfo.InvariantCulture, $"\n{RecommendContract.InformsNotice}\n");
        File.WriteAllText(Path.Combine(folder, "summary.md"), md.ToString(), new UTF8Encoding(false));
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal);
}
