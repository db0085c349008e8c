using System.Text.Json;
using System.Text.RegularExpressions;

namespace Spinewise.Cli.Tests;

/// <summary>The result of running the CLI in-process: exit code, standard output and standard error.</summary>
internal sealed partial record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args) => AtWidth(160, args);

    /// <summary>Runs the CLI as a terminal of <paramref name="width"/> columns would show it.</summary>
    public static CliRun AtWidth(int width, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, CliIo.Plain(output, error, width));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Out);
        return document.RootElement.Clone();
    }

    /// <summary>Standard output with the knowledge version replaced, so snapshots survive knowledge edits elsewhere.</summary>
    public string ScrubbedOut => Version().Replace(Out, "<version>").ReplaceLineEndings("\n");

    [GeneratedRegex("[0-9a-f]{64}|(?<=[Kk]nowledge (version )?)[0-9a-f]{12}")]
    private static partial Regex Version();
}
