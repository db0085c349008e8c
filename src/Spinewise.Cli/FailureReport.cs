using Spectre.Console;
using Spinewise.Application;
using Spinewise.Domain.Cases;

namespace Spinewise.Cli;

/// <summary>Reports a use case's failure on standard error and returns exit code 2.</summary>
internal static class FailureReport
{
    public static int Report(CliIo io, UseCaseFailure failure)
    {
        switch (failure)
        {
            case UnknownIdFailure unknown:
                io.Error.MarkupLineInterpolated($"[red]Unknown {unknown.Kind} '{ControlCharacters.Escape(unknown.Id)}'.[/]");
                if (unknown.Nearest.Count > 0)
                {
                    io.ErrorWriter.WriteLine($"Did you mean: {string.Join(", ", unknown.Nearest)}?");
                }

                io.ErrorWriter.WriteLine($"Known {unknown.Kind}s: {string.Join(", ", unknown.Known)}");
                break;
            case InvalidParameterFailure invalid:
                io.Error.MarkupLineInterpolated($"[red]--{invalid.Parameter}: {ControlCharacters.Escape(invalid.Message)}.[/]");
                break;
            case InvalidCaseFailure invalidCase:
                Output.DiagnosticPrinter.Print(io.ErrorWriter, invalidCase.Diagnostics, d => d.Code, d => d.ToString());
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(failure), failure, "Unknown failure type.");
        }

        return ExitCodes.BadInput;
    }
}
