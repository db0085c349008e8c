using System.CommandLine;
using Spectre.Console;
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
            if (KnowledgeSession.Load(parse, io) is not { } kb)
            {
                return ExitCodes.InvalidKnowledge;
            }

            var given = parse.GetValue(intervention)!;
            if (IdLookup.Intervention(kb, given) is not { } resolved)
            {
                return IdLookup.UnknownIntervention(io, kb, given);
            }

            var id = resolved.Value;

            PainType? painType = parse.GetValue(pain) switch { "axial" => PainType.Axial, "radicular" => PainType.Radicular, _ => null };
            var comparison = ConflictDetector.Compare(kb, new InterventionId(id), painType);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(io, CompareJson.From(kb, comparison, painType));
            }
            else
            {
                CompareView.Render(io.Out, kb, comparison);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
