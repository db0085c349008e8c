using Spectre.Console;
using Spinewise.Evidence.Data;

namespace Spinewise.Cli.Commands.Meta;

/// <summary>Runs a meta-analysis command body, turning bad input into a clear message and exit code 2.</summary>
internal static class MetaRunner
{
    public static int Run(CliIo io, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception ex) when (ex is CsvDataException or MetaInputException or ArgumentException)
        {
            io.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            io.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return ExitCodes.BadInput;
        }
    }
}
