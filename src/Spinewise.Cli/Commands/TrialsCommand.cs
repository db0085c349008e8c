using System.CommandLine;
using Spectre.Console;
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
            if (KnowledgeSession.Load(parse, io) is not { } kb)
            {
                return ExitCodes.InvalidKnowledge;
            }

            var given = parse.GetValue(intervention);
            var id = given is null ? null : IdLookup.Intervention(kb, given)?.Value;
            if (given is not null && id is null)
            {
                return IdLookup.UnknownIntervention(io, kb, given);
            }

            var trials = kb.Trials.Where(t => id is null || t.Studies(new InterventionId(id))).ToList();
            if (parse.GetValue(json))
            {
                JsonOutput.Write(io, new { knowledgeVersion = kb.Version.Sha256, intervention = id, trials = trials.Select(t => TrialJson.From(kb, t)) });
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Id", "Trial", "Design", "N", "Arms", "Supports", "Verification").KeepIdsWhole(0);
            foreach (var t in trials)
            {
                table.AddRow(Markup.Escape(t.Id), Markup.Escape($"{t.Name}\n{t.Title}"), Markup.Escape(Design(t)), t.Enrolled?.ToString() ?? "—",
                    Markup.Escape(string.Join("\n", t.Arms.Select(a => $"{a.Label}: {a.N}"))), Markup.Escape(string.Join("\n", t.Supports)),
                    Styles.Verification(t.Source.Verification));
            }

            io.Out.Write(table);
            io.Out.MarkupLineInterpolated($"{trials.Count} trial(s). [grey]Knowledge version {kb.Version.Display}.[/]");
            return ExitCodes.Ok;
        });

        var trialId = new Argument<string>("id") { Description = "Trial id, e.g. motion." };
        var showJson = CliOptions.Json();
        var show = new Command("show", "Show a trial: design, arms, follow-up, outcomes, eligibility, safety and reports.") { trialId, showJson };
        show.SetAction(parse =>
        {
            if (KnowledgeSession.Load(parse, io) is not { } kb)
            {
                return ExitCodes.InvalidKnowledge;
            }

            var id = parse.GetValue(trialId)!;
            if (kb.FindTrial(id) is not { } trial)
            {
                return UnknownId.Report(io, "trial", id, kb.Trials.Select(t => t.Id));
            }

            if (parse.GetValue(showJson))
            {
                JsonOutput.Write(io, new { knowledgeVersion = kb.Version.Sha256, trial = TrialJson.From(kb, trial) });
            }
            else
            {
                TrialView.Render(io.Out, kb, trial);
            }

            return ExitCodes.Ok;
        });
        return [list, new Command("trial", "One trial.") { show }];
    }

    public static string Design(Trial t) =>
        $"{(t.Design.Randomised ? "randomised" : "non-randomised")}, {t.Design.Blinding}, {(t.Design.Comparator == Comparator.NotStated ? "comparator not stated" : $"comparator {Rendering.Styles.Words(t.Design.Comparator)}")}"
        + (t.Design.Multicentre ? ", multicentre" : string.Empty) + (t.Design.Sponsor is null ? string.Empty : $", sponsor {t.Design.Sponsor}");
}
