using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The overall model across subgroups.</summary>
public sealed record SubgroupOverallReport
{
    /// <summary>Studies.</summary>
    [JsonPropertyName("k"), JsonPropertyOrder(0)]
    public required int K { get; init; }

    /// <summary>metafor's <c>beta</c>.</summary>
    [JsonPropertyName("beta"), JsonPropertyOrder(1)]
    public required MetaNumber Beta { get; init; }

    /// <summary>metafor's <c>se</c>.</summary>
    [JsonPropertyName("se"), JsonPropertyOrder(2)]
    public required MetaNumber Se { get; init; }

    /// <summary>metafor's <c>ci.lb</c>.</summary>
    [JsonPropertyName("ci.lb"), JsonPropertyOrder(3)]
    public required MetaNumber CiLb { get; init; }

    /// <summary>metafor's <c>ci.ub</c>.</summary>
    [JsonPropertyName("ci.ub"), JsonPropertyOrder(4)]
    public required MetaNumber CiUb { get; init; }

    /// <summary>metafor's <c>tau2</c>.</summary>
    [JsonPropertyName("tau2"), JsonPropertyOrder(5)]
    public required MetaNumber Tau2 { get; init; }

    /// <summary>metafor's <c>I2</c>.</summary>
    [JsonPropertyName("I2"), JsonPropertyOrder(6)]
    public required MetaNumber I2 { get; init; }

    /// <summary>metafor's <c>QE</c>.</summary>
    [JsonPropertyName("QE"), JsonPropertyOrder(7)]
    public required MetaNumber QE { get; init; }

    /// <summary>metafor's <c>QEdf</c>.</summary>
    [JsonPropertyName("QEdf"), JsonPropertyOrder(8)]
    public required int QEdf { get; init; }

    /// <summary>metafor's <c>QEp</c>.</summary>
    [JsonPropertyName("QEp"), JsonPropertyOrder(9)]
    public required MetaNumber QEp { get; init; }
}
