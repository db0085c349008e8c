using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Spinewise.Application;
using Spinewise.Testing;
using Spinewise.Web.Hosting;

namespace Spinewise.Web.Tests;

public sealed class StartupTests : IDisposable
{
    private readonly TempKnowledge _broken = new TempKnowledge().Replace("guidelines/aspn-2022/recommendations.yaml", "grade: A\n        level: I-A", "grade: Q\n        level: I-A");

    [Fact]
    public async Task KnowledgeCheck_InvalidKnowledge_FalseWithFileLineColumn()
    {
        using var services = new ServiceCollection().AddSpinewise(o => o.KnowledgeDirectory = _broken.Directory).BuildServiceProvider();
        using var error = new StringWriter();

        var ok = await new KnowledgeStartupCheck(services, NullLogger<KnowledgeStartupCheck>.Instance).RunAsync(error, CancellationToken.None);

        ok.ShouldBeFalse();
        var line = _broken.LineOf("guidelines/aspn-2022/recommendations.yaml", "grade: Q");
        error.ToString().ShouldMatch($@"recommendations\.yaml:{line}:\d+");
    }

    [Fact]
    public void Start_InvalidKnowledge_DoesNotStart()
    {
        using var factory = new WebFactory(new Dictionary<string, string?> { ["Spinewise:Knowledge"] = _broken.Directory });

        Should.Throw<Exception>(() => factory.CreateClient());
    }

    [Fact]
    public void Start_UnknownDatabaseProvider_DoesNotStart()
    {
        using var factory = new WebFactory(new Dictionary<string, string?> { ["Spinewise:Database:Provider"] = "oracle" });

        Should.Throw<Exception>(() => factory.CreateClient());
    }

    public void Dispose() => _broken.Dispose();
}
