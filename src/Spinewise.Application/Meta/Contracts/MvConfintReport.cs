using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>Profile-likelihood CIs of an rma.mv fit's variance and correlation components, as metafor's <c>confint(res)</c>.</summary>
public sealed record MvConfintReport
{
    /// <summary>The confidence level in percent (the fit's).</summary>
    [JsonPropertyName("level"), JsonPropertyOrder(0)]
    public required double Level { get; init; }

    /// <summary>The rows by metafor's names (<c>sigma^2.1</c>, <c>sigma.1</c>, …, <c>tau^2</c>, <c>tau</c>, <c>rho</c>, <c>gamma^2</c>, <c>gamma</c>, <c>phi</c>), in metafor's order; fixed correlations have none.</summary>
    [JsonPropertyName("random"), JsonPropertyOrder(1)]
    public required IReadOnlyDictionary<string, MvConfintRowReport> Random { get; init; }

    /// <summary>Why a bound is the parameter's limit, the end of the search interval, or missing.</summary>
    [JsonPropertyName("notes"), JsonPropertyOrder(2)]
    public required IReadOnlyList<string> Notes { get; init; }
}
