namespace Spinewise.Application;

/// <summary>What <see cref="SpinewiseServiceCollectionExtensions.AddSpinewise(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{SpinewiseOptions})"/> needs.</summary>
public sealed class SpinewiseOptions
{
    /// <summary>The knowledge folder; null for the one shipped beside the application (<c>knowledge/</c>).</summary>
    public string? KnowledgeDirectory { get; set; }
}
