using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The regtest model's coefficients.</summary>
public sealed record RegTestFitReport
{
    /// <summary>metafor's <c>beta</c>.</summary>
    [JsonPropertyName("beta"), JsonPropertyOrder(0)]
    public required IReadOnlyList<MetaNumber> Beta { get; init; }

    /// <summary>metafor's <c>se</c>.</summary>
    [JsonPropertyName("se"), JsonPropertyOrder(1)]
    public required IReadOnlyList<MetaNumber> Se { get; init; }

    /// <summary>metafor's <c>tau2</c>.</summary>
    [JsonPropertyName("tau2"), JsonPropertyOrder(2)]
    public required MetaNumber Tau2 { get; init; }

    /// <summary>metafor's <c>sigma</c>.</summary>
    [JsonPropertyName("sigma"), JsonPropertyOrder(3)]
    public required MetaNumber Sigma { get; init; }
}
