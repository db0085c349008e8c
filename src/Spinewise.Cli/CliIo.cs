using Spectre.Console;

namespace Spinewise.Cli;

/// <summary>Where the CLI writes: people-facing rendering through Spectre.Console, raw text (JSON, help) through writers.</summary>
/// <param name="Out">Console for standard output.</param>
/// <param name="Error">Console for standard error.</param>
/// <param name="OutWriter">Raw standard output (JSON, help).</param>
/// <param name="ErrorWriter">Raw standard error.</param>
internal sealed record CliIo(IAnsiConsole Out, IAnsiConsole Error, TextWriter OutWriter, TextWriter ErrorWriter)
{
    /// <summary>The clock "today" is read from (a fixed one in tests).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// Standard output as bytes, when it is the process's own: JSON documents go there as UTF-8 without being made
    /// into text first (after <see cref="OutWriter"/> is flushed). Null for writers given in tests.
    /// </summary>
    public Stream? OutStream { get; init; }

    private const int RedirectedWidth = 120;

    public static CliIo FromConsole()
    {
        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var output = AnsiConsole.Console;
        if (Width(Environment.GetEnvironmentVariable("COLUMNS")) is { } width)
        {
            output.Profile.Width = width;
            error.Profile.Width = width;
        }
        else if (Console.IsOutputRedirected)
        {
            output.Profile.Width = TerminalWidth() ?? RedirectedWidth; // Spectre would assume 80 columns for a pipe or file
        }

        return new CliIo(output, error, Console.Out, Console.Error) { OutStream = Console.OpenStandardOutput() };
    }

    /// <summary>A width from <c>COLUMNS</c>: a whole number of at least 20 columns, else none.</summary>
    internal static int? Width(string? columns) =>
        int.TryParse(columns, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var width) && width is >= 20 and <= 10_000 ? width : null;

    /// <summary>The width of the terminal standard error still shows when standard output is piped, if any.</summary>
    private static int? TerminalWidth()
    {
        if (Console.IsErrorRedirected)
        {
            return null;
        }

        try
        {
            return Console.WindowWidth is >= 20 and var width ? width : null;
        }
        catch (Exception ex) when (ex is IOException or PlatformNotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>A plain (no colour, no ANSI) IO over two writers, for tests and redirected output.</summary>
    public static CliIo Plain(TextWriter output, TextWriter error, int width = 160) =>
        new(Create(output, width), Create(error, width), output, error);

    private static IAnsiConsole Create(TextWriter writer, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        return console;
    }
}
