using Microsoft.Extensions.DependencyInjection;
using Spinewise.Application.Meta;

namespace Spinewise.Application.Tests.Meta;

public sealed class MetaRegistrationTests
{
    [Fact]
    public void AddSpinewiseMeta_RegistersEveryMetaUseCase()
    {
        using var provider = new ServiceCollection().AddSpinewiseMeta().BuildServiceProvider();
        var useCases = typeof(MetaServiceCollectionExtensions).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(MetaServiceCollectionExtensions).Namespace && t.Name.EndsWith("UseCase", StringComparison.Ordinal))
            .ToList();

        useCases.Count.ShouldBeGreaterThan(10);
        useCases.Where(t => provider.GetService(t) is null).Select(t => t.Name).ShouldBeEmpty();
    }
}
