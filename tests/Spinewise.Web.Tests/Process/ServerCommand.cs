namespace Spinewise.Web.Tests.Process;

/// <summary>How a test starts the web server.</summary>
internal enum ServerCommand
{
    /// <summary><c>dotnet artifacts/bin/Spinewise.Web/&lt;config&gt;/Spinewise.Web.dll</c>: the process is the server.</summary>
    BuiltAssembly,

    /// <summary><c>dotnet run --no-build --project src/Spinewise.Web</c>, README's command: the server is a child of the wrapper.</summary>
    DotnetRun,
}
