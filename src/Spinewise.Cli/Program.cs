using Spinewise.Cli;

try
{
    return CliApp.Run(args, CliIo.FromConsole());
}
#pragma warning disable CA1031 // the last resort of the process: a bug is reported, with a documented exit code, never a bare trace
catch (Exception ex)
#pragma warning restore CA1031
{
    Console.Error.WriteLine($"Internal error (a bug in spinewise; please report it with the input that caused it): {ex.GetType().Name}: {ex.Message}");
    return ExitCodes.InternalError;
}
