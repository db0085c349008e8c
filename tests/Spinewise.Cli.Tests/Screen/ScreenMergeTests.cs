namespace Spinewise.Cli.Tests.Screen;

public sealed class ScreenMergeTests(ScreenExports exports) : IClassFixture<ScreenExports>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Merge_EveryShard_WritesTheReportOfTheWholeRunByteForByte(int count)
    {
        var shards = Enumerable.Range(0, count).Select(i => exports.Screen(exports.Plain, $"merge-{count}-{i}", "--shard", $"{i}/{count}").Folder).Reverse().ToArray();
        var merged = exports.Folder($"merged-{count}");

        var run = CliRun.Of(["screen", "merge", .. shards, "--out", merged]);

        run.ExitCode.ShouldBe(0, run.Error);
        var files = Files(exports.Report.Folder);
        Files(merged).ShouldBe(files);
        files.ShouldContain("audit.csv");
        files.ShouldContain(f => f.StartsWith("charts/", StringComparison.Ordinal));
        foreach (var file in files)
        {
            File.ReadAllText(Path.Combine(merged, file)).ShouldBe(File.ReadAllText(Path.Combine(exports.Report.Folder, file)), file);
        }
    }

    [Fact]
    public void Merge_MissingShard_ExitsTwoNamingTheShards()
    {
        var only = exports.Screen(exports.Plain, "merge-alone", "--shard", "1/2").Folder;

        var run = CliRun.Of("screen", "merge", only, "--out", exports.Folder("merged-alone"));

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("1/2");
        Directory.Exists(exports.Folder("merged-alone")).ShouldBeFalse();
    }

    [Fact]
    public void Merge_NotAReport_ExitsTwo()
    {
        var run = CliRun.Of("screen", "merge", exports.Plain, "--out", exports.Folder("merged-none"));

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("no summary.json");
    }

    private static List<string> Files(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];
}
