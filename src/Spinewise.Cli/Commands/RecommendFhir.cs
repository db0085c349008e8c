using Spectre.Console;
using Spinewise.Application;
using Spinewise.Application.Evaluations;
using Spinewise.Cli.Output;

namespace Spinewise.Cli.Commands;

/// <summary>
/// <c>spinewise recommend --fhir BUNDLE.json</c>: a FHIR R4 Bundle mapped to a case (docs/fhir.md) and evaluated; the
/// same answer as <c>POST /api/evaluate</c> with <c>application/fhir+json</c> (with <c>--json</c>: decision, case, unmapped).
/// </summary>
internal static class RecommendFhir
{
    public static int Run(CliIo io, KnowledgeHost host, string path, DateOnly? asOf, bool json, bool details, string? focus)
    {
        var full = Path.GetFullPath(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            io.ErrorWriter.WriteLine($"Cannot read the FHIR Bundle {path}: {ex.Message}");
            return ExitCodes.BadInput;
        }

        if (!new EvaluateFhirBundle(host).Execute(bytes, path, asOf).TryGetValue(out var chart, out var failure))
        {
            FailureReport.Report(io, failure);
            io.ErrorWriter.WriteLine("The chart is not valid FHIR R4 or maps to an invalid case; nothing was evaluated (see docs/fhir.md).");
            return ExitCodes.BadInput;
        }

        if (json)
        {
            JsonOutput.Write(io, chart.Contract);
            return ExitCodes.Ok;
        }

        RecommendCommand.Render(io, host, chart.Evaluation, details, focus);
        var unmapped = chart.Mapping.Unmapped;
        if (unmapped.Count > 0)
        {
            io.Out.WriteLine();
            io.Out.MarkupLineInterpolated($"[bold]Codes that map to nothing ({unmapped.Count})[/]");
            foreach (var code in unmapped)
            {
                io.Out.MarkupLineInterpolated($"  {code.System} {code.Code} {code.Display ?? string.Empty} — {code.Reference} ({code.Element})");
            }
        }

        return ExitCodes.Ok;
    }
}
