using Spinewise.Testing;

namespace Spinewise.Cli.Tests;

/// <summary>
/// Compares text with a reviewed snapshot in <c>Snapshots/NAME.verified.txt</c>. On a mismatch (or a missing snapshot)
/// it writes <c>NAME.received.txt</c> beside it for review and fails; accept by renaming it to <c>.verified.txt</c>.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual)
    {
        var folder = Path.Combine(RepositoryPaths.Repository, "tests", "Spinewise.Cli.Tests", "Snapshots");
        var verified = Path.Combine(folder, name + ".verified.txt");
        var received = Path.Combine(folder, name + ".received.txt");
        var expected = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        expected.ShouldBe(actual, $"snapshot {name} differs; review {received} and rename it to .verified.txt if it is right");
    }
}
