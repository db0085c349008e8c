using System.Reflection;

namespace Spinewise.Web.Tests;

/// <summary>
/// Runs the CLI in-process, as <c>tests/Spinewise.Cli.Tests/CliRun.cs</c> does, through its entry points
/// <c>CliApp.Run(string[], CliIo)</c> and <c>CliIo.Plain(TextWriter, TextWriter, int)</c>. They are internal to the
/// CLI and its top-level <c>Program</c> would clash with the web host's, so they are found by name.
/// </summary>
public static class CliInProcess
{
    private static readonly Assembly Cli = Assembly.Load("spinewise");
    private static readonly MethodInfo Run = Cli.GetType("Spinewise.Cli.CliApp", throwOnError: true)!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
    private static readonly MethodInfo Plain = Cli.GetType("Spinewise.Cli.CliIo", throwOnError: true)!.GetMethod("Plain", BindingFlags.Public | BindingFlags.Static)!;

    /// <summary>The exit code and standard output of <c>spinewise <paramref name="args"/></c>.</summary>
    public static (int ExitCode, string Out, string Error) Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var io = Plain.Invoke(null, [output, error, 160]);
        var code = (int)Run.Invoke(null, [args, io])!;
        return (code, output.ToString(), error.ToString());
    }
}
