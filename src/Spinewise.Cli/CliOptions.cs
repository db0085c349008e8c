using System.CommandLine;

namespace Spinewise.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CliOptions
{
    public static Option<string?> Knowledge { get; } = new("--knowledge")
    {
        Description = "Load knowledge from this folder instead of the one shipped with the build.",
        HelpName = "DIR",
        Recursive = true,
    };

    public static Option<bool> Json() => new("--json") { Description = "Write JSON (camelCase) for programs instead of tables for people." };
}
