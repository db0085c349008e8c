using Spinewise.Domain;
using Spinewise.Knowledge;

namespace Spinewise.Testing;

/// <summary>The repository's knowledge, loaded once per test run.</summary>
public static class ShippedKnowledge
{
    private static readonly Lazy<KnowledgeBase> Loaded = new(() =>
    {
        var result = KnowledgeLoader.Load(RepositoryPaths.Knowledge);
        return result.IsSuccess ? result.Value : throw new InvalidOperationException(
            "The repository's knowledge is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, result.Diagnostics));
    });

    /// <summary>The loaded knowledge base.</summary>
    public static KnowledgeBase Value => Loaded.Value;
}
