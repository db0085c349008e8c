using System.Text;
using Spinewise.Testing;
using YamlDotNet.RepresentationModel;

namespace Spinewise.Cli.Tests.Screen;

/// <summary>deploy/screen-job.yaml: its shard and merge commands, run as written, give the report of one unsharded run.</summary>
public sealed class DeployManifestTests(ScreenExports exports) : IClassFixture<ScreenExports>
{
    [Fact]
    public void Manifest_ShardCommandsThenMerge_WriteTheReportOfTheWholeRun()
    {
        // Given: the two Jobs of the manifest
        var documents = Documents();
        var screen = documents.Single(d => Scalar(d, "metadata", "name") == "spinewise-screen");
        var merge = documents.Single(d => Scalar(d, "metadata", "name") == "spinewise-screen-merge");
        Scalar(screen, "spec", "completionMode").ShouldBe("Indexed");
        var shards = int.Parse(Scalar(screen, "spec", "completions"), System.Globalization.CultureInfo.InvariantCulture);
        Scalar(screen, "spec", "parallelism").ShouldBe(shards.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var env = Container(screen)["env"].AllNodes.OfType<YamlMappingNode>()
            .ToDictionary(e => ((YamlScalarNode)e["name"]).Value!, e => ((YamlScalarNode)e["value"]).Value!, StringComparer.Ordinal);
        env["SHARDS"].ShouldBe(shards.ToString(System.Globalization.CultureInfo.InvariantCulture), "SHARDS must equal completions");
        env["AS_OF"] = ScreenExports.AsOf;
        var reports = exports.Folder("deploy-reports");
        Directory.CreateDirectory(reports);

        // When: each pod's command with its completion index, then the merge's
        for (var index = 0; index < shards; index++)
        {
            env["JOB_COMPLETION_INDEX"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var run = CliRun.Of(Arguments(Command(screen), env, reports));
            run.ExitCode.ShouldBe(0, run.Error);
        }

        var merged = CliRun.Of(Arguments(Command(merge), env, reports, glob: true));

        // Then
        merged.ExitCode.ShouldBe(0, merged.Error);
        foreach (var file in new[] { "patients.ndjson", "patients.csv", "audit.csv", "bad-lines.csv", "summary.json", "summary.md" })
        {
            File.ReadAllText(Path.Combine(reports, "merged", file)).ShouldBe(File.ReadAllText(Path.Combine(exports.Report.Folder, file)), file);
        }
    }

    private static List<YamlMappingNode> Documents()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepositoryPaths.Repository, "deploy", "screen-job.yaml"));
        stream.Load(reader);
        return [.. stream.Documents.Select(d => (YamlMappingNode)d.RootNode)];
    }

    private static string Scalar(YamlMappingNode node, params string[] path)
    {
        YamlNode current = node;
        foreach (var key in path)
        {
            current = ((YamlMappingNode)current)[key];
        }

        return ((YamlScalarNode)current).Value!;
    }

    private static YamlMappingNode Container(YamlMappingNode job) =>
        (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)((YamlMappingNode)job["spec"])["template"])["spec"])["containers"]).Children[0];

    private static string Command(YamlMappingNode job)
    {
        var container = Container(job);
        ((YamlSequenceNode)container["command"]).Children.Select(c => ((YamlScalarNode)c).Value).ShouldBe(["/bin/sh", "-c"]);
        return ((YamlScalarNode)((YamlSequenceNode)container["args"]).Children.Single()).Value!;
    }

    /// <summary>The shell line as the CLI gets it: variables substituted, quotes removed, the volumes mapped to test folders.</summary>
    private string[] Arguments(string line, Dictionary<string, string> env, string reports, bool glob = false)
    {
        const string Prefix = "exec dotnet /app/spinewise.dll ";
        line.ShouldStartWith(Prefix);
        var words = new List<string>();
        var word = new StringBuilder();
        var quoted = false;
        var text = line[Prefix.Length..];
        foreach (var (name, value) in env)
        {
            text = text.Replace("${" + name + "}", value, StringComparison.Ordinal);
        }

        text.ShouldNotContain("$");
        foreach (var c in text + " ")
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ' ' && !quoted)
            {
                if (word.Length > 0)
                {
                    words.Add(word.ToString());
                    word.Clear();
                }
            }
            else
            {
                word.Append(c);
            }
        }

        var mapped = words.Select(w => w.Replace("/export", exports.Plain, StringComparison.Ordinal).Replace("/reports", reports, StringComparison.Ordinal)).ToList();
        if (glob)
        {
            var pattern = mapped.Single(w => w.EndsWith('*'));
            var matches = Directory.GetDirectories(Path.GetDirectoryName(pattern)!, Path.GetFileName(pattern)).Order(StringComparer.Ordinal);
            mapped = [.. mapped.SelectMany(w => w == pattern ? matches : (IEnumerable<string>)[w])];
        }

        return [.. mapped];
    }
}
