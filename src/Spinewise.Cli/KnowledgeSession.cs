using System.CommandLine;
using Spectre.Console;
using Spinewise.Cli.Output;
using Spinewise.Domain;
using Spinewise.Knowledge;

namespace Spinewise.Cli;

/// <summary>Loads the knowledge a command runs on (shipped or <c>--knowledge DIR</c>) and reports it when invalid.</summary>
internal static class KnowledgeSession
{
    public static string DirectoryOf(ParseResult parse) =>
        parse.GetValue(CliOptions.Knowledge) is { Length: > 0 } dir ? Path.GetFullPath(dir) : KnowledgeLoader.DefaultDirectory;

    /// <summary>The loaded knowledge, or <see langword="null"/> after printing every error to standard error.</summary>
    public static KnowledgeBase? Load(ParseResult parse, CliIo io)
    {
        var directory = DirectoryOf(parse);
        var result = KnowledgeLoader.Load(directory);
        if (result.TryGetValue(out var knowledge))
        {
            return knowledge;
        }

        io.Error.MarkupLineInterpolated($"[red]The knowledge in {directory} is invalid ({DiagnosticPrinter.Count(result.Diagnostics.Count, "error")}):[/]");
        DiagnosticPrinter.Print(io.ErrorWriter, result.Diagnostics, d => d.Code, d => d.ToString());

        io.ErrorWriter.WriteLine("Run 'spinewise kb validate' for a summary.");
        return null;
    }
}
