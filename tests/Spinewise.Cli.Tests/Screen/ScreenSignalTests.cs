using System.Diagnostics;
using System.Globalization;
using Spinewise.ExportGen;
using Spinewise.Testing;

namespace Spinewise.Cli.Tests.Screen;

/// <summary><c>screen</c> stopped by a real signal in a real child process leaves neither the report nor its temporary folder.</summary>
public sealed class ScreenSignalTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("spinewise-screen-signal-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public void Screen_SignalWhileRunning_StopsAndLeavesNothing(string signal, int exitCode)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // POSIX signals only
        }

        // Given an export big enough that the run is still going when the signal comes
        var export = Path.Combine(_dir, "export");
        new ExportGenerator(ShippedKnowledge.Value, new ExportOptions(20_000, 3)).Write(export);
        var target = Path.Combine(_dir, "report");
        using var child = Process.Start(new ProcessStartInfo("dotnet", [CliAssembly(), "screen", export, "--out", target, "--knowledge", RepositoryPaths.Knowledge])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;

        // When its temporary folder appears, the child gets the signal
        var clock = Stopwatch.StartNew();
        while (!Directory.EnumerateDirectories(_dir, ".report.partial-*").Any() && !child.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            Thread.Sleep(5);
        }

        Thread.Sleep(200);
        child.HasExited.ShouldBeFalse("the run ended before it could be signalled; the test needs a bigger export");
        using (var kill = Process.Start("kill", [$"-{signal}", child.Id.ToString(CultureInfo.InvariantCulture)])!)
        {
            kill.WaitForExit();
        }

        // Then it stops, and nothing is left behind
        child.WaitForExit(TimeSpan.FromSeconds(60)).ShouldBeTrue("the child did not stop within 60 s of the signal");
        child.ExitCode.ShouldBe(exitCode, child.StandardError.ReadToEnd());
        Directory.EnumerateDirectories(_dir, ".report.partial-*").ShouldBeEmpty();
        Directory.Exists(target).ShouldBeFalse();
    }

    /// <summary>The built CLI of the same configuration as this test assembly.</summary>
    private static string CliAssembly()
    {
        var tests = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var cli = Path.Combine(RepositoryPaths.Repository, "artifacts", "bin", "Spinewise.Cli", Path.GetFileName(tests), "spinewise.dll");
        File.Exists(cli).ShouldBeTrue($"build the CLI first: {cli}");
        return cli;
    }
}
