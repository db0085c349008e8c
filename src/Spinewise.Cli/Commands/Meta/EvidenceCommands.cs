using System.CommandLine;

namespace Spinewise.Cli.Commands.Meta;

/// <summary>The evidence-engine verbs: <c>escalc</c> and <c>meta</c>.</summary>
internal static class EvidenceCommands
{
    public static IEnumerable<Command> Create(CliIo io) => [EscalcCommand.Create(io), MetaCommand.Create(io)];
}
