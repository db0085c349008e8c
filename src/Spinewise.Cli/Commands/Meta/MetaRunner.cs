using Spectre.Console;
using Spinewise.Evidence.Common;
using Spinewise.Evidence.Data;

namespace Spinewise.Cli.Commands.Meta;

/// <summary>
/// Runs a meta-analysis command body and translates what escapes it once. Bad input reaches the commands as
/// diagnostics (exit 2, printed by <see cref="MetaCli"/>); here an output file that cannot be written is exit 2
/// "could not write output"; a bad-input exception of the Evidence library that a use case did not turn into a
/// diagnostic is still exit 2; anything else is a bug in Spinewise, reported as an internal error, exit 3 (docs/cli.md).
/// </summary>
internal static class MetaRunner
{
    public static int Run(CliIo io, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception ex) when (ex is CsvDataException or MetaAnalysisException or OutputFileException)
        {
            io.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            io.Error.MarkupLineInterpolated($"[red]error:[/] could not write output: {ex.Message}");
            return ExitCodes.BadInput;
        }
#pragma warning disable CA1031 // the host's last line: a bug must not end in a stack trace or pass for bad input
        catch (Exception ex)
#pragma warning restore CA1031
        {
            io.Error.MarkupLineInterpolated($"[red]internal error:[/] {ex.GetType().Name}: {ex.Message}");
            io.Error.MarkupLine("This is a bug in Spinewise, not a problem with your input; please report it with the command line.");
            return ExitCodes.InternalError;
        }
    }
}
