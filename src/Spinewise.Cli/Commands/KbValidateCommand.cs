using System.CommandLine;
using Spectre.Console;
using Spinewise.Cli.Rendering;
using Spinewise.Cli.Output;
using Spinewise.Application;
using Spinewise.Application.Queries;

namespace Spinewise.Cli.Commands;

/// <summary><c>spinewise kb validate</c>: loads and validates the knowledge, prints a summary or every error.</summary>
internal static class KbValidateCommand
{
    public static Command Create(CliIo io)
    {
        var json = CliOptions.Json();
        var validate = new Command("validate", "Validate the knowledge files: exit 0 with a summary, or exit 1 with every error as file:line:column field: message.") { json };
        validate.SetAction(parse => Execute(io, KnowledgeSession.DirectoryOf(parse), parse.GetValue(json)));
        return new Command("kb", "Knowledge base maintenance.") { validate };
    }

    private static int Execute(CliIo io, string directory, bool json)
    {
        if (json)
        {
            var summary = ValidateKnowledge.Execute(directory);
            JsonOutput.Write(io, summary);
            return summary.Valid ? ExitCodes.Ok : ExitCodes.InvalidKnowledge;
        }

        var load = KnowledgeHost.Load(directory, io.Time);
        if (!load.TryGetHost(out var host))
        {
            DiagnosticPrinter.Print(io.OutWriter, load.Diagnostics, d => d.Code, d => d.ToString());
            io.Out.MarkupLineInterpolated($"[red]{DiagnosticPrinter.Count(load.Diagnostics.Count, "error")}[/] in {DiagnosticPrinter.Count(load.FileCount, "file")} under {directory}.");
            return ExitCodes.InvalidKnowledge;
        }

        var kb = host.Knowledge;
        io.Out.MarkupLineInterpolated($"[green]Knowledge is valid[/]: {host.FileCount} files under {directory}");
        io.Out.MarkupLineInterpolated($"Knowledge version {kb.Version.Display} (sha256 {kb.Version.Sha256})");
        var table = new Table().AddColumns("Guideline", "Topics", "Recommendations", "Tables", "Grading scheme").KeepIdsWhole(0);
        foreach (var g in kb.Guidelines)
        {
            table.AddRow(Markup.Escape(g.Id.Value), g.Topics.Count.ToString(), g.Recommendations.Count.ToString(), kb.TablesOf(g.Id).Count.ToString(), Markup.Escape(g.GradingScheme.Value));
        }

        io.Out.Write(table);
        io.Out.MarkupLineInterpolated($"Vocabulary: {kb.Interventions.Count} interventions, {kb.Conditions.Count} conditions; {kb.GradingSchemes.Count} grading scheme(s); {kb.Sources.Count} sources; selection criteria for {kb.Criteria.Count} interventions ({kb.Criteria.Sum(c => c.Criteria.Count)} criteria).");
        return ExitCodes.Ok;
    }
}
