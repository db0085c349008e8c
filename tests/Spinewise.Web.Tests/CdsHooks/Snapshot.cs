using Spinewise.Testing;

namespace Spinewise.Web.Tests.CdsHooks;

/// <summary>Reviewed snapshots in <c>Snapshots/</c>: a difference writes <c>NAME.received.json</c> beside <c>NAME.verified.json</c> and fails.</summary>
public static class Snapshot
{
    public static void Match(string name, string text)
    {
        var folder = Path.Combine(RepositoryPaths.Repository, "tests", "Spinewise.Web.Tests", "Snapshots");
        var verified = Path.Combine(folder, name + ".verified.json");
        var received = Path.Combine(folder, name + ".received.json");
        var expected = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        if (expected == text)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, text);
        Assert.Fail($"{name} differs from {verified}; review {received} and rename it over the verified file when the change is intended.");
    }
}
