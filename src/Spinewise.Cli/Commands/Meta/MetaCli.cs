using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Spinewise.Application.Json;
using Spinewise.Application.Meta;
using Spinewise.Evidence.Data;

namespace Spinewise.Cli.Commands.Meta;

/// <summary>
/// Builds a meta-analysis command from its use case's option list (DATA argument, one <c>--name VALUE</c> per option,
/// <c>--json</c>), turns a parse into a <see cref="MetaRequest"/>, and reports a result's diagnostics (exit 2).
/// </summary>
internal sealed class MetaCli
{
    private readonly Dictionary<string, Option<string?>> _options = new(StringComparer.Ordinal);

    public MetaCli(string name, string description, IReadOnlyList<MetaOptionSpec> specs, string dataHelp = "CSV file, one study per row, with a header row.", params string[] required)
    {
        File = new Argument<string>("DATA") { Description = dataHelp };
        Command = new Command(name, description) { File };
        foreach (var spec in specs)
        {
            var option = new Option<string?>("--" + spec.Name)
            {
                Description = spec.Description,
                HelpName = spec.HelpName,
                Required = required.Contains(spec.Name),
                CustomParser = r => Token(r, spec),
            };
            _options[spec.Name] = option;
            Command.Options.Add(option);
        }
    }

    public Command Command { get; }

    public Argument<string> File { get; }

    public Option<bool> Json { get; } = CliOptions.Json();

    /// <summary>Adds --json last (after the command's own options) and sets the action.</summary>
    public Command Build(CliIo io, Func<ParseResult, int> action)
    {
        Command.Options.Add(Json);
        Command.SetAction(parse => MetaRunner.Run(io, () => action(parse)));
        return Command;
    }

    /// <summary>The request: the DATA file and every option given, by name without dashes.</summary>
    public MetaRequest Request(ParseResult parse)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, option) in _options)
        {
            if (parse.GetValue(option) is { } value) values[name] = value;
        }

        return new MetaRequest(MetaRows.FromFile(parse.GetValue(File)!), values);
    }

    /// <summary>Prints every diagnostic of a failed result; true when there is a value.</summary>
    public static bool Succeeded<T>(CliIo io, MetaResult<T> result, out T value)
        where T : class
    {
        if (result.TryGetValue(out var v))
        {
            value = v;
            return true;
        }

        foreach (var d in result.Diagnostics) io.Error.MarkupLineInterpolated($"[red]error:[/] {d}");
        value = null!;
        return false;
    }

    /// <summary>Writes a contract as the CLI's JSON output.</summary>
    public static int WriteJson<T>(CliIo io, T report)
    {
        if (io.OutStream is not { } stream)
        {
            io.OutWriter.WriteLine(JsonSerializer.Serialize(report, ContractJson.Options));
            io.OutWriter.Flush();
            return ExitCodes.Ok;
        }

        // The same bytes as the text path, written as they are made: a result of a million studies is not held as a string.
        io.OutWriter.Flush();
        var buffered = new BufferedStream(stream, 1 << 16); // not disposed: that would close standard output
        JsonSerializer.Serialize(buffered, report, ContractJson.Options);
        buffered.Write(System.Text.Encoding.UTF8.GetBytes(io.OutWriter.NewLine));
        buffered.Flush();
        return ExitCodes.Ok;
    }

    private static string? Token(ArgumentResult result, MetaOptionSpec spec)
    {
        var name = "--" + spec.Name;
        if (result.Tokens.Count == 0)
        {
            result.AddError($"{name} expects a value");
            return null;
        }

        var text = result.Tokens[0].Value;
        string? expected = spec.Kind switch
        {
            MetaOptionKind.Number when !CsvTable.TryParseNumber(text, out _) => "a number",
            MetaOptionKind.Whole when !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) => "a whole number",
            MetaOptionKind.Flag when !bool.TryParse(text, out _) => "true or false",
            _ => null,
        };
        if (expected is not null) result.AddError($"{name} expects {expected}, not '{text}'");
        else if (spec.Choices is { } choices && !choices.Contains(text, StringComparer.Ordinal))
            result.AddError($"{name}: unknown value '{text}' (use one of {string.Join(", ", choices)})");
        return text;
    }
}
