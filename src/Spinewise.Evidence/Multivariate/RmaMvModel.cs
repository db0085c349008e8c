using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.Multivariate;

/// <summary>The data and model of a multivariate/multilevel meta-analysis, as metafor's <c>rma.mv()</c> arguments.</summary>
public sealed record RmaMvModel
{
    /// <summary>yi: observed effect sizes (k).</summary>
    public required IReadOnlyList<double> Yi { get; init; }

    /// <summary>V: known sampling covariance (k × k, or vi).</summary>
    public required SamplingCovariance V { get; init; }

    /// <summary>Fixed-effects model matrix (k rows; null = intercept only). Give it without an intercept column for <c>mods = ~ … - 1</c>.</summary>
    public ModelMatrix? X { get; init; }

    /// <summary>random: the random-effects terms (empty = equal-effects model); at most two <c>~ inner | outer</c> terms.</summary>
    public IReadOnlyList<RandomTerm> Random { get; init; } = [];

    /// <summary>Factor columns named in <see cref="Random"/>, each with one level (text) per row.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string?>> Factors { get; init; } = new Dictionary<string, IReadOnlyList<string?>>();
}
