using System.CommandLine;
using Spectre.Console;
using Spinewise.Application.Queries;
using Spinewise.Cli.Output;
using Spinewise.Cli.Rendering;
using Spinewise.Domain;
using Spinewise.Domain.Evidence;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Cli.Commands;

/// <summary><c>spinewise trials</c> and <c>spinewise trial show ID</c>: the trials behind the recommendations.</summary>
internal static class TrialsCommand
{
    public static IEnumerable<Command> Create(CliIo io)
    {
        var json = CliOptions.Json();
        var intervention = new Option<string?>("--intervention") { Description = "Only trials with an arm receiving this intervention.", HelpName = "ID" };
        var list = new Command("trials", "List trials with design, N and what they bear on.") { intervention, json };
        list.SetAction(parse =>
        {
            if (KnowledgeSession.Load(parse, io) is not { } host)
            {
                return ExitCodes.InvalidKnowledge;
            }

            if (!new ListTrials(host).Execute(parse.GetValue(intervention)).TryGetValue(out var contract, out var failure))
            {
                return FailureReport.Report(io, failure);
            }

            if (parse.GetValue(json))
            {
                JsonOutput.Write(io, contract);
                return ExitCodes.Ok;
            }

            var kb = host.Knowledge;
            var trials = contract.Trials.Select(t => kb.FindTrial(t.Id)!).ToList();
            var table = new Table().AddColumns("Id", "Trial", "Design", "N", "Arms", "Supports", "Verification").KeepIdsWhole(0);
            foreach (var t in trials)
            {
                table.AddRow(Markup.Escape(t.Id), Markup.Escape($"{t.Name}\n{t.Title}"), Markup.Escape(Design(t)), t.Enrolled?.ToString() ?? "—",
                    Markup.Escape(string.Join("\n", t.Arms.Select(a => $"{a.Label}: {a.N}"))), Markup.Escape(string.Join("\n", t.Supports)),
                    Styles.Verification(t.Source.Verification));
            }

            io.Out.Write(table);
            io.Out.MarkupLineInterpolated($"{trials.Count} trial(s). [grey]Knowledge version {host.Knowledge.Version.Display}.[/]");
            return ExitCodes.Ok;
        });

        var trialId = new Argument<string>("id") { Description = "Trial id, e.g. motion." };
        var showJson = CliOptions.Json();
        var show = new Command("show", "Show a trial: design, arms, follow-up, outcomes, eligibility, safety and reports.") { trialId, showJson };
        show.SetAction(parse =>
        {
            if (KnowledgeSession.Load(parse, io) is not { } host)
            {
                return ExitCodes.InvalidKnowledge;
            }

            if (!new ShowTrial(host).Execute(parse.GetValue(trialId)!).TryGetValue(out var contract, out var failure))
            {
                return FailureReport.Report(io, failure);
            }

            if (parse.GetValue(showJson))
            {
                JsonOutput.Write(io, contract);
            }
            else
            {
                TrialView.Render(io.Out, host.Knowledge, host.Knowledge.FindTrial(contract.Trial.Id)!);
            }

            return ExitCodes.Ok;
        });
        return [list, new Command("trial", "One trial.") { show }];
    }

    public static string Design(Trial t) =>
        $"{(t.Design.Randomised ? "randomised" : "non-randomised")}, {t.Design.Blinding}, {(t.Design.Comparator == Comparator.NotStated ? "comparator not stated" : $"comparator {Rendering.Styles.Words(t.Design.Comparator)}")}"
        + (t.Design.Multicentre ? ", multicentre" : string.Empty) + (t.Design.Sponsor is null ? string.Empty : $", sponsor {t.Design.Sponsor}");
}
