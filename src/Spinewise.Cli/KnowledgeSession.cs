using System.CommandLine;
using Spectre.Console;
using Spinewise.Application;
using Spinewise.Cli.Output;
using Spinewise.Knowledge;

namespace Spinewise.Cli;

/// <summary>Loads the knowledge a command runs on (shipped or <c>--knowledge DIR</c>) and reports it when invalid.</summary>
internal static class KnowledgeSession
{
    public static string DirectoryOf(ParseResult parse) =>
        parse.GetValue(CliOptions.Knowledge) is { Length: > 0 } dir ? Path.GetFullPath(dir) : KnowledgeLoader.DefaultDirectory;

    /// <summary>The knowledge host, or <see langword="null"/> after printing every error to standard error.</summary>
    public static KnowledgeHost? Load(ParseResult parse, CliIo io)
    {
        var load = KnowledgeHost.Load(DirectoryOf(parse), io.Time);
        if (load.TryGetHost(out var host))
        {
            return host;
        }

        io.Error.MarkupLineInterpolated($"[red]The knowledge in {load.Directory} is invalid ({DiagnosticPrinter.Count(load.Diagnostics.Count, "error")}):[/]");
        DiagnosticPrinter.Print(io.ErrorWriter, load.Diagnostics, d => d.Code, d => d.ToString());

        io.ErrorWriter.WriteLine("Run 'spinewise kb validate' for a summary.");
        return null;
    }
}
