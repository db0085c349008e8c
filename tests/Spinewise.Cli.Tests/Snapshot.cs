using Spinewise.Testing;

namespace Spinewise.Cli.Tests;

/// <summary>
/// Compares text with a reviewed snapshot in <c>Snapshots/NAME.verified.txt</c>. On a mismatch (or a missing snapshot)
/// it writes <c>NAME.received.txt</c> beside it for review and fails; accept by renaming it to <c>.verified.txt</c>.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual) =>
        ReviewedSnapshot.Match(Path.Combine(RepositoryPaths.Repository, "tests", "Spinewise.Cli.Tests", "Snapshots", name + ".verified.txt"), actual);
}
