using System.Globalization;
using System.Text;
using Spinewise.Application.Contracts;
using Spinewise.Evidence.Plots;

namespace Spinewise.Application.Screening;

/// <summary>summary.md of a screening report: what summary.json holds, for people, with a chart per procedure (charts/*.svg).</summary>
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

        // a chart for each procedure some source states criteria for; the others are "selection not addressed" for everyone
        var charted = s.Counts.Where(c => c.Candidate + c.Undetermined + c.NotCandidate > 0).ToList();
        if (charted.Count > 0)
        {
            md.Append("\nEach procedure's evaluated patients by status (charts/PROCEDURE.svg):\n\n");
        }

        foreach (var c in charted)
        {
            var file = Chart(folder, c.Intervention, $"{c.Intervention}: evaluated patients by status", "Patients",
                [new("candidate", c.Candidate), new("undetermined", c.Undetermined), new("not a candidate", c.NotCandidate), new("selection not addressed", c.NotAddressed)]);
            md.Append(CultureInfo.InvariantCulture, $"![{c.Intervention}: evaluated patients by status]({file})\n");
        }

        if (s.Counts.Where(c => !charted.Contains(c)).Select(c => c.Intervention).ToList() is { Count: > 0 } uncharted)
        {
            md.Append(CultureInfo.InvariantCulture, $"\nNo source in the knowledge states selection criteria for {string.Join(", ", uncharted)} (no chart).\n");
        }

        WriteAudit(md, folder, s);
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

    /// <summary>The audit's section: per procedure the performed procedures by verdict (with a chart), and the most frequent missing prerequisites.</summary>
    private static void WriteAudit(StringBuilder md, string folder, ExportScreeningSummary s)
    {
        string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
        md.Append("\n## Appropriateness audit of performed procedures\n\n");
        if (s.Audit.Count == 0)
        {
            md.Append("No completed Procedure in the export maps to an intervention.\n");
            return;
        }

        md.Append("Each completed Procedure whose code maps to an intervention, judged on the chart as it stood the day it was performed (every one is in audit.csv with its deciding criteria and their sources).\n\n");
        md.Append("| procedure | audited | consistent | prerequisite missing | contraindication recorded | undetermined | not addressed | invalid case that day | no performed date | outside a trial's population |\n");
        md.Append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var a in s.Audit)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {a.Intervention} | {N(a.Total)} | {N(a.Consistent)} | {N(a.PrerequisiteMissing)} | {N(a.ContraindicationRecorded)} | {N(a.Undetermined)} | {N(a.NotAddressed)} | {N(a.InvalidCase)} | {N(a.NoPerformedDate)} | {N(a.OutsideTrialPopulation)} |\n");
        }

        md.Append('\n');
        foreach (var a in s.Audit)
        {
            var file = Chart(folder, a.Intervention + "-audit", $"{a.Intervention}: performed procedures by audit verdict", "Procedures",
            [
                new("consistent", a.Consistent), new("prerequisite missing", a.PrerequisiteMissing), new("contraindication recorded", a.ContraindicationRecorded),
                new("undetermined", a.Undetermined), new("not addressed", a.NotAddressed), new("invalid case that day", a.InvalidCase), new("no performed date", a.NoPerformedDate),
            ]);
            md.Append(CultureInfo.InvariantCulture, $"![{a.Intervention}: performed procedures by audit verdict]({file})\n");
        }

        md.Append("\n### Most frequent missing prerequisites\n\n");
        if (s.MissingPrerequisites.Count == 0)
        {
            md.Append("None.\n");
            return;
        }

        md.Append("| criterion | procedures |\n| --- | ---: |\n");
        foreach (var m in s.MissingPrerequisites.Take(UnmappedShown))
        {
            md.Append(CultureInfo.InvariantCulture, $"| {m.Criterion} | {N(m.Count)} |\n");
        }
    }

    /// <summary>Writes charts/NAME.svg and returns its path relative to the report.</summary>
    private static string Chart(string folder, string name, string title, string counted, IReadOnlyList<CountBar> bars)
    {
        var charts = Directory.CreateDirectory(Path.Combine(folder, "charts")).FullName;
        File.WriteAllBytes(Path.Combine(charts, name + ".svg"), CountChart.Render(title, bars, counted, new PlotSize(640, null, 1), PlotFormat.Svg));
        return $"charts/{name}.svg";
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal);
}
