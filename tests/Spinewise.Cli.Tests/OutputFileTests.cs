using Spinewise.Testing;

namespace Spinewise.Cli.Tests;

/// <summary>Every command that writes a file: a missing or unwritable folder is exit 2 naming the user's path; nothing half-written.</summary>
public sealed class OutputFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("spinewise-out-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Bcg => Path.Combine(RepositoryPaths.Repository, "examples", "meta", "bcg.csv");

    private static string Cases => Path.Combine(RepositoryPaths.Repository, "examples", "cases");

    public static TheoryData<string> Commands => ["recommend", "escalc", "forest", "funnel"];

    private static string[] Args(string command, string target) => command switch
    {
        "recommend" => ["recommend", "--cases", Cases, "--out", target],
        "escalc" => ["escalc", Bcg, "--measure", "RR", "--ai", "tpos", "--bi", "tneg", "--ci", "cpos", "--di", "cneg", "--out", target],
        "forest" => ["meta", "rma", Bcg, "--measure", "RR", "--ai", "tpos", "--bi", "tneg", "--ci", "cpos", "--di", "cneg", "--forest", target],
        _ => ["meta", "rma", Bcg, "--measure", "RR", "--ai", "tpos", "--bi", "tneg", "--ci", "cpos", "--di", "cneg", "--funnel", target],
    };

    private static string Name(string command) => command is "forest" or "funnel" ? "plot.svg" : "out.txt";

    [Theory]
    [MemberData(nameof(Commands))]
    public void Out_InAMissingFolder_ExitsTwoNamingTheUsersPath(string command)
    {
        var target = Path.Combine(_dir, "missing", Name(command));

        var run = CliRun.Of(Args(command, target));

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(target);
        run.Error.ShouldContain("does not exist");
        run.Error.ShouldNotContain(".partial");
        Directory.Exists(Path.Combine(_dir, "missing")).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Out_IsAFolder_ExitsTwo(string command)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, Name(command))).FullName;

        var run = CliRun.Of(Args(command, folder));

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("is a folder");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Out_Written_LeavesOnlyTheTarget(string command)
    {
        var target = Path.Combine(_dir, Name(command));

        var run = CliRun.Of(Args(command, target));

        run.ExitCode.ShouldBe(0, run.Error);
        Directory.GetFiles(_dir).ShouldBe([target]);
    }

    [Fact]
    public void Write_BodyThrows_RemovesTheTemporaryFileAndKeepsTheOldTarget()
    {
        var target = Path.Combine(_dir, "keep.txt");
        File.WriteAllText(target, "old");

        Should.Throw<InvalidOperationException>(() => OutputFile.Write("--out", target, temp =>
        {
            File.WriteAllText(temp, "half");
            throw new InvalidOperationException("stop");
        }));

        File.ReadAllText(target).ShouldBe("old");
        Directory.GetFiles(_dir).ShouldBe([target]);
    }

    [Fact]
    public void Write_UnwritableFolder_IsAnOutputFileErrorNamingTheUsersPath()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc/self"))
        {
            return;
        }

        var ex = Should.Throw<OutputFileException>(() => OutputFile.Write("--out", "/proc/self/x.csv", temp =>
        {
            File.WriteAllText(temp, "x");
            return true;
        }));

        ex.Message.ShouldStartWith("--out /proc/self/x.csv:");
        ex.Message.ShouldNotContain(".partial");
    }
}
