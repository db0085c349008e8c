using System.Diagnostics;
using Spinewise.Testing;

namespace Spinewise.Cli.Tests.Recommend;

/// <summary>Folder mode stopped by a real signal in a real child process leaves neither the target nor its temporary file.</summary>
public sealed class FolderSignalTests : IDisposable
{
    private const int Cases = 40_000;
    private readonly string _dir = Directory.CreateTempSubdirectory("spinewise-signal-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public void FolderMode_SignalWhileWriting_RemovesThePartialFile(string signal)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // POSIX signals only
        }

        // Given a folder big enough that the run is still writing when the signal comes
        var cases = Directory.CreateDirectory(Path.Combine(_dir, "cases")).FullName;
        var example = File.ReadAllText(Path.Combine(RepositoryPaths.Repository, "examples", "cases", "stenosis-claudication.json"));
        for (var i = 0; i < Cases; i++)
        {
            File.WriteAllText(Path.Combine(cases, $"c{i:D5}.json"), example.Replace("\"stenosis-claudication\"", $"\"c{i:D5}\"", StringComparison.Ordinal));
        }

        var target = Path.Combine(_dir, "out.ndjson");
        using var child = Process.Start(new ProcessStartInfo("dotnet", [CliAssembly(), "recommend", "--cases", cases, "--out", target])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;

        // When the temporary file appears, the child gets the signal
        var clock = Stopwatch.StartNew();
        while (!File.Exists(target + ".partial") && !child.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            Thread.Sleep(5);
        }

        child.HasExited.ShouldBeFalse("the run ended before it could be signalled; the test needs a bigger folder");
        using (var kill = Process.Start("kill", [$"-{signal}", child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
        {
            kill.WaitForExit();
        }

        // Then it stops, and nothing is left behind
        child.WaitForExit(TimeSpan.FromSeconds(30)).ShouldBeTrue("the child did not stop within 30 s of the signal");
        child.ExitCode.ShouldNotBe(0);
        File.Exists(target + ".partial").ShouldBeFalse();
        File.Exists(target).ShouldBeFalse();
    }

    /// <summary>The built CLI of the same configuration as this test assembly.</summary>
    private static string CliAssembly()
    {
        var tests = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var configuration = Path.GetFileName(tests);
        var cli = Path.Combine(RepositoryPaths.Repository, "artifacts", "bin", "Spinewise.Cli", configuration, "spinewise.dll");
        File.Exists(cli).ShouldBeTrue($"build the CLI first: {cli}");
        return cli;
    }
}
