using Spinewise.Testing;

namespace Spinewise.Web.Tests.CdsHooks;

/// <summary>Reviewed snapshots in <c>Snapshots/</c>: a difference writes <c>NAME.received.json</c> beside <c>NAME.verified.json</c> and fails.</summary>
public static class Snapshot
{
    public static void Match(string name, string text) =>
        ReviewedSnapshot.Match(Path.Combine(RepositoryPaths.Repository, "tests", "Spinewise.Web.Tests", "Snapshots", name + ".verified.json"), text);
}
