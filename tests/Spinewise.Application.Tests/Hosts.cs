using Spinewise.Testing;

namespace Spinewise.Application.Tests;

/// <summary>The shipped knowledge loaded once for the tests, on a clock stopped at 2026-11-20.</summary>
internal static class Hosts
{
    public static readonly FixedClock Clock = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    private static readonly Lazy<KnowledgeHost> Loaded = new(() => KnowledgeHost.Load(RepositoryPaths.Knowledge, Clock).Host);

    public static KnowledgeHost Shipped => Loaded.Value;

    public static byte[] Example(string name) => File.ReadAllBytes(Path.Combine(RepositoryPaths.Repository, "examples", "cases", name + ".json"));
}
