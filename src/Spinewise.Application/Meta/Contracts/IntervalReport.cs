using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>An estimate with its confidence interval.</summary>
public sealed record IntervalReport
{
    /// <summary>The estimate.</summary>
    [JsonPropertyName("estimate"), JsonPropertyOrder(0)]
    public required MetaNumber Estimate { get; init; }

    /// <summary>Lower limit.</summary>
    [JsonPropertyName("ci.lb"), JsonPropertyOrder(1)]
    public required MetaNumber CiLb { get; init; }

    /// <summary>Upper limit.</summary>
    [JsonPropertyName("ci.ub"), JsonPropertyOrder(2)]
    public required MetaNumber CiUb { get; init; }
}
