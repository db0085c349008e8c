using System.CommandLine;
using Spectre.Console;
using Spinewise.Application.Contracts;
using Spinewise.Application.Queries;
using Spinewise.Cli.Output;
using Spinewise.Cli.Rendering;
using Spinewise.Domain;
using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Cli.Commands;

/// <summary><c>spinewise recommendations</c>: recommendations filtered by guideline, intervention, condition and grade.</summary>
internal static class RecommendationsCommand
{
    public static Command Create(CliIo io)
    {
        var json = CliOptions.Json();
        var guideline = new Option<string?>("--guideline") { Description = "Only this guideline (e.g. aspn-2022).", HelpName = "ID" };
        var intervention = new Option<string?>("--intervention") { Description = "Only recommendations naming this intervention (e.g. lumbar-rfa).", HelpName = "ID" };
        var condition = new Option<string?>("--condition") { Description = "Only recommendations naming this condition (e.g. lumbar-spinal-stenosis).", HelpName = "ID" };
        var grade = new Option<string?>("--grade") { Description = "Only recommendations of this grade (e.g. A).", HelpName = "G" };
        var command = new Command("recommendations", "List recommendations with grade, level, certainty, stance and source.") { guideline, intervention, condition, grade, json };
        command.SetAction(parse =>
        {
            if (KnowledgeSession.Load(parse, io) is not { } host)
            {
                return ExitCodes.InvalidKnowledge;
            }

            var filters = new RecommendationFilters(parse.GetValue(guideline), parse.GetValue(intervention), parse.GetValue(condition), parse.GetValue(grade));
            if (!new QueryRecommendations(host).Execute(filters).TryGetValue(out var contract, out var failure))
            {
                return FailureReport.Report(io, failure);
            }

            if (parse.GetValue(json))
            {
                JsonOutput.Write(io, contract);
            }
            else
            {
                var kb = host.Knowledge;
                Render(io.Out, kb, [.. contract.Recommendations.Select(r => kb.FindRecommendation(new RecommendationId(r.Id))!)]);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, KnowledgeBase kb, IReadOnlyList<Recommendation> found)
    {
        foreach (var group in found.GroupBy(r => (r.Guideline, r.TopicId)))
        {
            var guideline = kb.FindGuideline(group.Key.Guideline)!;
            var topic = guideline.FindTopic(group.Key.TopicId)?.Title ?? group.Key.TopicId;
            console.Write(new Rule($"[bold]{Markup.Escape(guideline.ShortTitle)}[/] · {Markup.Escape(topic)}").LeftJustified());
            foreach (var r in group)
            {
                RenderOne(console, kb.SchemeOf(guideline), r);
            }
        }

        console.MarkupLineInterpolated($"{found.Count} recommendation(s). [grey]Knowledge version {kb.Version.Display}.[/]");
        console.MarkupLine("[grey]Stance is read from each statement, not derived from its grade. Certainty labels marked non-standard (ASPN's \"Strong\", \"Weak\") are defined by no available source and are not GRADE strengths. Spinewise reports what each guideline says; it does not decide.[/]");
    }

    private static void RenderOne(IAnsiConsole console, GradingScheme scheme, Recommendation r)
    {
        var label = r.Certainty is null ? null : scheme.FindCertainty(r.Certainty);
        var certainty = r.Certainty is null ? "—"
            : label?.Normalised is null ? $"{Markup.Escape(r.Certainty)} [grey](non-standard label)[/]" : Markup.Escape(r.Certainty);
        console.MarkupLine($"[bold]{Markup.Escape(r.Id.Value)}[/]  {Styles.Kind(r.Kind)}  {Styles.Stances(r).Replace("\n", "; ", StringComparison.Ordinal)}");
        console.Write(new Padder(new Markup($"\"{Markup.Escape(r.Statement)}\""), new Padding(4, 0, 0, 0)));
        console.Write(new Padder(new Markup($"[grey]Grade[/] {Markup.Escape(r.Grade ?? "—")} · [grey]Level[/] {Styles.Level(r)} · [grey]Certainty[/] {certainty} · [grey]{Markup.Escape(r.Source.ToString())}[/]"), new Padding(4, 0, 0, 0)));
        if (r.Conditions.Count > 0)
        {
            console.Write(new Padder(new Markup($"[grey]Conditions[/] {Markup.Escape(string.Join(", ", r.Conditions))}"), new Padding(4, 0, 0, 0)));
        }
    }
}
