using Spinewise.Testing;

namespace Spinewise.Web.Tests.Process;

/// <summary>What to start: the command, the data folder and the configuration, all through environment variables.</summary>
internal sealed record ServerLaunch
{
    private ServerLaunch(ServerCommand command, string dataDirectory, IReadOnlyDictionary<string, string> environment)
    {
        Command = command;
        DataDirectory = dataDirectory;
        Environment = environment;
    }

    /// <summary>The command.</summary>
    public ServerCommand Command { get; }

    /// <summary>The data folder (<c>Spinewise__DataDirectory</c>).</summary>
    public string DataDirectory { get; }

    /// <summary>Further environment variables (configuration keys with <c>__</c> for <c>:</c>).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>The configuration the test assembly was built in (<c>debug</c> or <c>release</c>), which the server's build shares.</summary>
    public static string Configuration => new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Name;

    /// <summary>The server's assembly, built by the same test run.</summary>
    public static string Assembly =>
        Path.Combine(RepositoryPaths.Repository, "artifacts", "bin", "Spinewise.Web", Configuration, "Spinewise.Web.dll");

    /// <summary>The built assembly, run by <c>dotnet</c>.</summary>
    public static ServerLaunch Built(string dataDirectory) => new(ServerCommand.BuiltAssembly, dataDirectory, new Dictionary<string, string>());

    /// <summary>README's <c>dotnet run --project src/Spinewise.Web</c> with <c>--no-build</c>.</summary>
    public static ServerLaunch DotnetRun(string dataDirectory) => new(ServerCommand.DotnetRun, dataDirectory, new Dictionary<string, string>());

    /// <summary>The same launch with one more environment variable.</summary>
    public ServerLaunch With(string name, string value) =>
        new(Command, DataDirectory, new Dictionary<string, string>(Environment) { [name] = value });

    /// <summary>The arguments after <c>dotnet</c>.</summary>
    public IReadOnlyList<string> Arguments => Command switch
    {
        ServerCommand.BuiltAssembly => [Assembly],
        ServerCommand.DotnetRun when Configuration == "debug" => ["run", "--no-build", "--project", "src/Spinewise.Web"],
        ServerCommand.DotnetRun => ["run", "--no-build", "--project", "src/Spinewise.Web", "--configuration", "Release"],
        _ => throw new InvalidOperationException($"Unknown command {Command}."),
    };
}
