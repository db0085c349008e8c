using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Spinewise.Application;
using Spinewise.Application.Evaluations;
using Spinewise.Application.Queries;
using Spinewise.Cli.Output;
using Spinewise.Cli.Rendering;
using Spinewise.Domain;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Decisions;

namespace Spinewise.Cli.Commands;

/// <summary>
/// <c>spinewise recommend --case FILE</c>: for one patient case, each intervention's status against its sourced criteria,
/// each guideline's stance and whether it applies, conflicts with reasons, and what to ask next. <c>--cases DIR --out
/// FILE.ndjson</c> evaluates a folder of cases in parallel.
/// </summary>
internal static class RecommendCommand
{
    public static Command Create(CliIo io)
    {
        var single = new Option<string?>("--case") { Description = "A patient case (JSON, docs/case.md).", HelpName = "FILE" };
        var fhir = new Option<string?>("--fhir") { Description = "A FHIR R4 Bundle (JSON, docs/fhir.md): the chart mapped to a case, then evaluated.", HelpName = "BUNDLE.json" };
        var folder = new Option<string?>("--cases") { Description = "A folder of case files (*.json), evaluated in parallel; needs --out.", HelpName = "DIR" };
        var output = new Option<string?>("--out") { Description = "With --cases: write one JSON report per line to this file (NDJSON).", HelpName = "FILE.ndjson" };
        var line = new Option<string?>("--line")
        {
            Description = "With --cases: what each line holds — full (the recommend --json document, the default) or compact (the screen command's patient line: statuses, decisive criteria, applicable stances, conflicts, ask-next).",
            HelpName = "full|compact",
        };
        var asOf = new Option<string?>("--as-of") { Description = "Evaluate as of this date (YYYY-MM-DD) when a case has no asOf; default today.", HelpName = "DATE" };
        var json = CliOptions.Json();
        var details = new Option<bool>("--details") { Description = "With --case: the full view (every procedure's criteria with sources, every stance with why, conflicts) instead of the one-screen summary." };
        var only = new Option<string?>("--intervention") { Description = "With --case: the full view of one procedure.", HelpName = "ID" };
        var command = new Command("recommend", "For a patient case: which procedures fit, what each guideline says for this patient, conflicts and why, and what to ask next.")
        {
            single, fhir, folder, output, line, asOf, json, details, only,
        };
        command.SetAction(parse =>
        {
            var (file, dir, outFile, bundle) = (parse.GetValue(single), parse.GetValue(folder), parse.GetValue(output), parse.GetValue(fhir));
            if (new[] { file, dir, bundle }.Count(g => g is not null) != 1)
            {
                return Usage(io, "give exactly one of --case FILE, --fhir BUNDLE.json or --cases DIR");
            }

            if (dir is not null && outFile is null)
            {
                return Usage(io, "--cases needs --out FILE.ndjson");
            }

            if ((file ?? bundle) is not null && outFile is not null)
            {
                return Usage(io, "--out goes with --cases; for one case, redirect --json output instead");
            }

            if (dir is not null && (parse.GetValue(details) || parse.GetValue(only) is not null))
            {
                return Usage(io, "--details and --intervention go with --case");
            }

            var lineMode = parse.GetValue(line);
            if (lineMode is not null && dir is null)
            {
                return Usage(io, "--line goes with --cases");
            }

            if (lineMode is not (null or "full" or "compact"))
            {
                return Usage(io, $"--line '{lineMode}' is not one of: full, compact");
            }

            if (!TryDate(parse.GetValue(asOf), out var today))
            {
                return Usage(io, $"--as-of '{parse.GetValue(asOf)}' is not a date as YYYY-MM-DD");
            }

            if (KnowledgeSession.Load(parse, io) is not { } host)
            {
                return ExitCodes.InvalidKnowledge;
            }

            var view = parse.GetValue(json) ? View.Json : parse.GetValue(details) ? View.Details : View.Summary;
            var given = parse.GetValue(only);
            string? focus = null;
            if (given is not null)
            {
                if (!new ShowIntervention(host).Execute(given).TryGetValue(out var resolved, out var failure))
                {
                    return FailureReport.Report(io, failure);
                }

                focus = resolved.Intervention.Id;
            }

            if (bundle is not null)
            {
                return RecommendFhir.Run(io, host, bundle, today, view == View.Json, view == View.Details, focus);
            }

            return file is not null
                ? RunOne(io, host, file, today, view, focus)
                : RecommendBatch.Run(io, host, dir!, outFile!, today, lineMode == "compact");
        });
        return command;
    }

    /// <summary>Reads one case file, validates and evaluates it; prints every problem and returns <see langword="null"/> when it is not valid.</summary>
    public static Evaluation? Evaluate(CliIo io, KnowledgeHost host, string path, DateOnly? asOf)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            io.Error.MarkupLineInterpolated($"[red]Case file not found: {full}[/]");
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            io.ErrorWriter.WriteLine($"Cannot read the case file {path}: {ex.Message}");
            return null;
        }

        if (!new EvaluateCase(host).Execute(bytes, path, asOf).TryGetValue(out var evaluation, out var failure))
        {
            FailureReport.Report(io, failure);
            return null;
        }

        return evaluation;
    }

    private enum View
    {
        Summary,
        Details,
        Json,
    }

    private static int RunOne(CliIo io, KnowledgeHost host, string file, DateOnly? asOf, View view, string? focus)
    {
        if (Evaluate(io, host, file, asOf) is not { } evaluation)
        {
            io.ErrorWriter.WriteLine("The case is invalid; nothing was evaluated (see docs/case.md).");
            return ExitCodes.BadInput;
        }

        if (view == View.Json)
        {
            JsonOutput.Write(io, evaluation.Contract);
            return ExitCodes.Ok;
        }

        Render(io, host, evaluation, details: view == View.Details, focus);
        return ExitCodes.Ok;
    }

    /// <summary>The text views of an evaluation: one procedure's full view, every one's, or the one-screen summary.</summary>
    public static void Render(CliIo io, KnowledgeHost host, Evaluation evaluation, bool details, string? focus)
    {
        var view = details ? View.Details : View.Summary;
        var kb = host.Knowledge;
        var report = evaluation.Report;
        if (focus is not null)
        {
            var assessment = report.Interventions.FirstOrDefault(a => a.Intervention.Id.Value == focus);
            RecommendView.RenderHeader(io.Out, report);
            if (assessment is null)
            {
                io.Out.MarkupLineInterpolated($"No source in the knowledge speaks to {focus}: not addressed.");
            }
            else
            {
                RecommendDetailView.Render(io.Out, kb, assessment);
            }
        }
        else if (view == View.Details)
        {
            RecommendView.Render(io.Out, kb, report);
        }
        else
        {
            RecommendSummaryView.Render(io.Out, kb, report);
        }
    }

    /// <summary>The <c>--as-of</c> date, or null (today, from the knowledge host's clock) when not given.</summary>
    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        date = parsed;
        return ok;
    }

    private static int Usage(CliIo io, string message)
    {
        io.Error.MarkupLineInterpolated($"[red]{message}.[/]");
        io.ErrorWriter.WriteLine("Run 'spinewise recommend --help' for usage.");
        return ExitCodes.BadInput;
    }
}
