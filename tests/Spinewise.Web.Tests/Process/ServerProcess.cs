using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Spinewise.Testing;
using SystemProcess = System.Diagnostics.Process;

namespace Spinewise.Web.Tests.Process;

/// <summary>
/// The real web server as a child process on a free loopback port, ready (<c>/health/ready</c> 200) once started.
/// Its stdout and stderr are captured; disposing kills exactly the processes it started.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);
    private readonly SystemProcess _process;
    private readonly ConcurrentQueue<string> _stdout = new();
    private readonly ConcurrentQueue<string> _stderr = new();
    private int? _serverPid;

    private ServerProcess(ServerLaunch launch, int port)
    {
        Launch = launch;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        _process = new SystemProcess { StartInfo = StartInfo(launch, BaseAddress), EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) { _stdout.Enqueue(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { _stderr.Enqueue(e.Data); } };
        Client = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(5) })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public ServerLaunch Launch { get; }

    public int Port { get; }

    public Uri BaseAddress { get; }

    /// <summary>A client for the server (base address set).</summary>
    public HttpClient Client { get; }

    public string StandardOutput => string.Join('\n', _stdout);

    public string StandardError => string.Join('\n', _stderr);

    /// <summary>The process that serves: the started one, or under <c>dotnet run</c> the wrapper's child running Spinewise.Web.</summary>
    public int ServerProcessId => Launch.Command == ServerCommand.BuiltAssembly ? _process.Id : _serverPid ??= FindServerChild();

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the server and waits until it is ready; retries on a new port when the chosen one was taken meanwhile.</summary>
    public static async Task<ServerProcess> StartAsync(ServerLaunch launch)
    {
        for (var attempt = 1; ; attempt++)
        {
            var server = Spawn(launch);
            try
            {
                await server.WaitUntilReadyAsync();
                _ = server.ServerProcessId; // found now, while the wrapper is alive
                return server;
            }
            catch (ServerExitedException) when (attempt < 3 && server.Transcript().Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                await server.DisposeAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Starts the server expecting it to stop by itself; records whether its port ever accepted a connection.</summary>
    public static async Task<ServerExit> RunUntilExitAsync(ServerLaunch launch, TimeSpan timeout)
    {
        await using var server = Spawn(launch);
        var accepted = false;
        var clock = Stopwatch.StartNew();
        while (!server.HasExited)
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"The server did not exit within {timeout}.{Environment.NewLine}{server.Transcript()}");
            }

            accepted |= await Accepts(server.Port);
            await Task.Delay(20);
        }

        await server._process.WaitForExitAsync(); // flushes the captured streams
        return new ServerExit(server._process.ExitCode, server.StandardOutput, server.StandardError, accepted);
    }

    /// <summary>Sends SIGKILL to the serving process (<c>kill -KILL pid</c>) and waits until it has gone.</summary>
    public async Task KillServerAsync()
    {
        if (Launch.Command == ServerCommand.BuiltAssembly)
        {
            _process.Kill(); // SIGKILL on Unix
            await _process.WaitForExitAsync();
            return;
        }

        using var server = SystemProcess.GetProcessById(ServerProcessId);
        server.Kill();
        await server.WaitForExitAsync();
    }

    /// <summary>The captured output, for failure messages.</summary>
    public string Transcript() =>
        $"--- {string.Join(' ', Launch.Arguments)} on {BaseAddress} ---{Environment.NewLine}stdout:{Environment.NewLine}{StandardOutput}{Environment.NewLine}stderr:{Environment.NewLine}{StandardError}";

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        var server = _serverPid;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        // Under dotnet run the server may outlive a wrapper that died first: kill it too, if it is still ours.
        if (server is { } pid && IsServer(pid))
        {
            using var orphan = SystemProcess.GetProcessById(pid);
            orphan.Kill();
        }

        _process.Dispose();
    }

    private static ServerProcess Spawn(ServerLaunch launch)
    {
        var server = new ServerProcess(launch, FreePort.OnLoopback());
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        return server;
    }

    private static ProcessStartInfo StartInfo(ServerLaunch launch, Uri address)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in launch.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var inherited in new[] { "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS" })
        {
            info.Environment.Remove(inherited);
        }

        info.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
        info.Environment["Spinewise__DataDirectory"] = launch.DataDirectory;
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1"; // dotnet run leaves no build nodes behind
        foreach (var (name, value) in launch.Environment)
        {
            info.Environment[name] = value;
        }

        return info;
    }

    private async Task WaitUntilReadyAsync()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < ReadyTimeout)
        {
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync();
                throw new ServerExitedException($"The server exited with {_process.ExitCode} before it was ready.{Environment.NewLine}{Transcript()}");
            }

            try
            {
                using var response = await Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The server was not ready within {ReadyTimeout}.{Environment.NewLine}{Transcript()}");
    }

    private int FindServerChild() =>
        ProcessTree.Descendants(_process.Id).Where(IsServer).Cast<int?>().FirstOrDefault()
        ?? throw new InvalidOperationException($"No Spinewise.Web process under dotnet run ({_process.Id}).{Environment.NewLine}{Transcript()}");

    private static bool IsServer(int pid)
    {
        var args = ProcessTree.CommandLine(pid);
        return args.Count > 0 && !args.Contains("run")
            && (args[0].EndsWith("/Spinewise.Web", StringComparison.Ordinal) || args.Any(a => a.EndsWith("Spinewise.Web.dll", StringComparison.Ordinal)));
    }

    private static async Task<bool> Accepts(int port)
    {
        using var socket = new System.Net.Sockets.TcpClient();
        try
        {
            await socket.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}
