using System.CommandLine;
using Spectre.Console;
using Spinewise.Domain.Cases;
using Spinewise.Cli.Commands;

namespace Spinewise.Cli;

/// <summary>The <c>spinewise</c> command line: builds the commands and runs one, translating bad usage to exit code 2.</summary>
internal static class CliApp
{
    /// <summary>What <c>spinewise</c> alone prints: every command on one line, then how to get help.</summary>
    private static void Overview(CliIo io, RootCommand root)
    {
        io.OutWriter.WriteLine(root.Description);
        io.OutWriter.WriteLine();
        io.OutWriter.WriteLine("Commands:");
        var lines = root.Subcommands.SelectMany(c => c.Subcommands.Count > 0 && c.Action is null
            ? c.Subcommands.Select(s => (Name: $"{c.Name} {s.Name}", s.Description))
            : [(c.Name, c.Description)]).ToList();
        var width = lines.Max(l => l.Name.Length) + 2;
        foreach (var (name, description) in lines)
        {
            io.OutWriter.WriteLine($"  {name.PadRight(width)}{FirstSentence(description)}");
        }

        io.OutWriter.WriteLine();
        io.OutWriter.WriteLine("Run 'spinewise COMMAND --help' for a command's options; docs/cli.md for exit codes and JSON.");
    }

    private static string FirstSentence(string? text)
    {
        var value = text ?? string.Empty;
        var end = value.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? value.TrimEnd('.') : value[..end];
    }

    private static Stack<string> Path(Command command, RootCommand root)
    {
        var names = new Stack<string>();
        for (var c = command; c is not null && c != root; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Push(c.Name);
        }

        return names;
    }

    public static RootCommand Build(CliIo io)
    {
        var root = new RootCommand("Spinewise: computable, traceable guideline knowledge for interventional low-back-pain care. It informs; it does not decide.")
        {
            CliOptions.Knowledge,
            KbValidateCommand.Create(io),
            GuidelinesCommand.Create(io),
            GuidelineShowCommand.Create(io),
            RecommendationsCommand.Create(io),
            TablesCommand.Create(io),
            CompareCommand.Create(io),
            SchemesCommand.Create(io),
            SynthesesCommand.Create(io),
            RecommendCommand.Create(io),
            ScreenCommand.Create(io),
        };
        foreach (var command in VocabularyCommands.Create(io))
        {
            root.Subcommands.Add(command);
        }

        foreach (var command in TrialsCommand.Create(io))
        {
            root.Subcommands.Add(command);
        }

        foreach (var command in Commands.Meta.EvidenceCommands.Create(io))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    public static int Run(string[] args, CliIo io)
    {
        var root = Build(io);
        if (args.Length == 0)
        {
            Overview(io, root);
            return ExitCodes.Ok;
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                io.ErrorWriter.WriteLine(ControlCharacters.Escape(error.Message));
            }

            foreach (var hint in DidYouMean.Hints(parse))
            {
                io.ErrorWriter.WriteLine(hint);
            }

            var command = parse.CommandResult.Command == root ? string.Empty : " " + string.Join(' ', Path(parse.CommandResult.Command, root));
            io.ErrorWriter.WriteLine($"Run 'spinewise{command} --help' for usage.");
            return ExitCodes.BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = io.OutWriter, Error = io.ErrorWriter, EnableDefaultExceptionHandler = false });
        }
        catch (OutputFileException ex)
        {
            io.ErrorWriter.WriteLine(ex.Message);
            return ExitCodes.BadInput;
        }
    }
}
