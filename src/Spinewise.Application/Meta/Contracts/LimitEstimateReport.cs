using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The limit estimate of regtest (as the predictor goes to 0).</summary>
public sealed record LimitEstimateReport
{
    /// <summary>metafor's <c>est</c>.</summary>
    [JsonPropertyName("est"), JsonPropertyOrder(0)]
    public required MetaNumber Est { get; init; }

    /// <summary>metafor's <c>ci.lb</c>.</summary>
    [JsonPropertyName("ci.lb"), JsonPropertyOrder(1)]
    public required MetaNumber CiLb { get; init; }

    /// <summary>metafor's <c>ci.ub</c>.</summary>
    [JsonPropertyName("ci.ub"), JsonPropertyOrder(2)]
    public required MetaNumber CiUb { get; init; }
}
