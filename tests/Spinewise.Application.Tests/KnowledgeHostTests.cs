using Microsoft.Extensions.DependencyInjection;
using Spinewise.Application.Evaluations;
using Spinewise.Application.Queries;
using Spinewise.Testing;

namespace Spinewise.Application.Tests;

public sealed class KnowledgeHostTests
{
    [Fact]
    public void Load_ShippedKnowledge_IsValidWithTheEngineCompiledAndTheVersion()
    {
        var load = KnowledgeHost.Load(RepositoryPaths.Knowledge, Hosts.Clock);

        load.IsValid.ShouldBeTrue();
        load.Diagnostics.ShouldBeEmpty();
        var host = load.Host;
        host.Version.ShouldBe(host.Knowledge.Version.Sha256);
        host.Version.Length.ShouldBe(64);
        host.Engine.Knowledge.ShouldBeSameAs(host.Knowledge);
        host.FileCount.ShouldBe(load.FileCount);
    }

    [Fact]
    public void Load_InvalidKnowledge_GivesEveryDiagnosticAndNoHost()
    {
        using var knowledge = new TempKnowledge().Write("vocabulary/broken.yaml", "kind: nonsense\n");

        var load = KnowledgeHost.Load(knowledge.Directory, Hosts.Clock);

        load.IsValid.ShouldBeFalse();
        load.TryGetHost(out var host).ShouldBeFalse();
        host.ShouldBeNull();
        load.Diagnostics.ShouldNotBeEmpty();
        load.Diagnostics.ShouldContain(d => d.File.Contains("broken.yaml", StringComparison.Ordinal));
        Should.Throw<InvalidOperationException>(() => load.Host);
    }

    [Fact]
    public void Today_ComesFromTheInjectedClock()
    {
        Hosts.Shipped.Today.ShouldBe(new DateOnly(2026, 11, 20));
    }

    [Fact]
    public void AddSpinewise_FromADirectory_LoadsOnceAndRegistersTheClockAndUseCases()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Hosts.Clock);
        services.AddSpinewise(o => o.KnowledgeDirectory = RepositoryPaths.Knowledge);
        using var provider = services.BuildServiceProvider();

        var host = provider.GetRequiredService<KnowledgeHost>();

        provider.GetRequiredService<KnowledgeHost>().ShouldBeSameAs(host);
        host.Time.ShouldBeSameAs(Hosts.Clock);
        provider.GetRequiredService<EvaluateCase>().ShouldNotBeNull();
        provider.GetRequiredService<ListGuidelines>().Execute().KnowledgeVersion.ShouldBe(host.Version);
    }

    [Fact]
    public void AddSpinewise_InvalidKnowledge_ThrowsWithEveryDiagnosticWhenResolved()
    {
        using var knowledge = new TempKnowledge().Write("vocabulary/broken.yaml", "kind: nonsense\n");
        var services = new ServiceCollection().AddSpinewise(o => o.KnowledgeDirectory = knowledge.Directory);
        using var provider = services.BuildServiceProvider();

        var error = Should.Throw<KnowledgeLoadException>(() => provider.GetRequiredService<KnowledgeHost>());

        error.Diagnostics.ShouldNotBeEmpty();
    }
}
