using System.CommandLine;
using Spectre.Console;
using Spinewise.Cli.Rendering;
using Spinewise.Application.Queries;
using Spinewise.Cli.Output;

namespace Spinewise.Cli.Commands;

/// <summary><c>spinewise guidelines</c>: every guideline with its scheme and number of recommendations.</summary>
internal static class GuidelinesCommand
{
    public static Command Create(CliIo io)
    {
        var json = CliOptions.Json();
        var command = new Command("guidelines", "List the guidelines with their grading scheme and how many recommendations each has.") { json };
        command.SetAction(parse =>
        {
            if (KnowledgeSession.Load(parse, io) is not { } host)
            {
                return ExitCodes.InvalidKnowledge;
            }

            var contract = new ListGuidelines(host).Execute();
            var rows = contract.Guidelines;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(io, contract);
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Id", "Guideline", "Type", "Year", "Grading scheme", "Recommendations", "Tables", "Verification").KeepIdsWhole(0);
            foreach (var r in rows)
            {
                var count = r.RecommendationsStatus switch
                {
                    Domain.Guidelines.RecommendationsStatus.NotFound => "[yellow]not found[/]",
                    Domain.Guidelines.RecommendationsStatus.Partial => $"{r.Recommendations} [yellow](partial)[/]",
                    _ => r.Recommendations.ToString(),
                };
                table.AddRow(Markup.Escape(r.Id), Markup.Escape($"{r.ShortTitle}\n{r.Organisation}"), Markup.Escape(r.DocumentType), r.Year.ToString(),
                    Markup.Escape(r.GradingScheme), count, r.Tables.ToString(), Rendering.Styles.Verification(r.Verification));
            }

            io.Out.Write(table);
            io.Out.MarkupLineInterpolated($"[grey]Knowledge version {host.Knowledge.Version.Display}[/]");
            return ExitCodes.Ok;
        });
        return command;
    }
}
