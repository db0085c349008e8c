using System.CommandLine;
using Spectre.Console;
using Spinewise.Application.Queries;
using Spinewise.Cli.Output;
using Spinewise.Cli.Rendering;
using Spinewise.Domain;
using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Grading;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Cli.Commands;

/// <summary><c>spinewise compare --intervention ID</c>: every guideline's stance side by side, conflicts with reasons, agreements.</summary>
internal static class CompareCommand
{
    public static Command Create(CliIo io)
    {
        var json = CliOptions.Json();
        var intervention = new Option<string>("--intervention") { Description = "Intervention id, e.g. epidural-steroid-injection.", HelpName = "ID", Required = true };
        var pain = new Option<string?>("--pain") { Description = "Only this pain type.", HelpName = "axial|radicular" };
        pain.AcceptOnlyFromAmong("axial", "radicular");
        var command = new Command("compare", "Compare every guideline's stance on an intervention, with conflicts and the reasons sources give.") { intervention, pain, json };
        command.SetAction(parse =>
        {
            if (KnowledgeSession.Load(parse, io) is not { } host)
            {
                return ExitCodes.InvalidKnowledge;
            }

            if (!new CompareIntervention(host).Execute(parse.GetValue(intervention)!, parse.GetValue(pain)).TryGetValue(out var answer, out var failure))
            {
                return FailureReport.Report(io, failure);
            }

            if (parse.GetValue(json))
            {
                JsonOutput.Write(io, answer.Contract);
            }
            else
            {
                CompareView.Render(io.Out, host.Knowledge, answer.Comparison);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
