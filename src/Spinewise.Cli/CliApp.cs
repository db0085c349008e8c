using System.CommandLine;
using Spectre.Console;
using Spinewise.Cli.Commands;

namespace Spinewise.Cli;

/// <summary>The <c>spinewise</c> command line: builds the commands and runs one, translating bad usage to exit code 2.</summary>
internal static class CliApp
{
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
        };
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
        var parse = Build(io).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                io.Error.MarkupLineInterpolated($"[red]{error.Message}[/]");
            }

            io.ErrorWriter.WriteLine("Run 'spinewise --help' for usage.");
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
