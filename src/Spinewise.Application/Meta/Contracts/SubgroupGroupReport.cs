using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>One subgroup's fit.</summary>
public sealed record SubgroupGroupReport
{
    /// <summary>Studies in the group.</summary>
    [JsonPropertyName("k"), JsonPropertyOrder(0)]
    public required int K { get; init; }

    /// <summary>metafor's <c>beta</c>.</summary>
    [JsonPropertyName("beta"), JsonPropertyOrder(1)]
    public required MetaNumber Beta { get; init; }

    /// <summary>metafor's <c>se</c>.</summary>
    [JsonPropertyName("se"), JsonPropertyOrder(2)]
    public required MetaNumber Se { get; init; }

    /// <summary>z statistic (z tests); absent otherwise.</summary>
    [JsonPropertyName("zval"), JsonPropertyOrder(3)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MetaNumber? Zval { get; init; }

    /// <summary>t statistic (t-type tests); absent otherwise.</summary>
    [JsonPropertyName("tval"), JsonPropertyOrder(3)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MetaNumber? Tval { get; init; }

    /// <summary>metafor's <c>pval</c>.</summary>
    [JsonPropertyName("pval"), JsonPropertyOrder(4)]
    public required MetaNumber Pval { get; init; }

    /// <summary>metafor's <c>ci.lb</c>.</summary>
    [JsonPropertyName("ci.lb"), JsonPropertyOrder(5)]
    public required MetaNumber CiLb { get; init; }

    /// <summary>metafor's <c>ci.ub</c>.</summary>
    [JsonPropertyName("ci.ub"), JsonPropertyOrder(6)]
    public required MetaNumber CiUb { get; init; }

    /// <summary>metafor's <c>tau2</c>.</summary>
    [JsonPropertyName("tau2"), JsonPropertyOrder(7)]
    public required MetaNumber Tau2 { get; init; }

    /// <summary>metafor's <c>se.tau2</c>.</summary>
    [JsonPropertyName("se.tau2"), JsonPropertyOrder(8)]
    public required MetaNumber SeTau2 { get; init; }

    /// <summary>metafor's <c>I2</c>.</summary>
    [JsonPropertyName("I2"), JsonPropertyOrder(9)]
    public required MetaNumber I2 { get; init; }

    /// <summary>metafor's <c>H2</c>.</summary>
    [JsonPropertyName("H2"), JsonPropertyOrder(10)]
    public required MetaNumber H2 { get; init; }

    /// <summary>metafor's <c>QE</c>.</summary>
    [JsonPropertyName("QE"), JsonPropertyOrder(11)]
    public required MetaNumber QE { get; init; }

    /// <summary>metafor's <c>QEdf</c>.</summary>
    [JsonPropertyName("QEdf"), JsonPropertyOrder(12)]
    public required int QEdf { get; init; }

    /// <summary>metafor's <c>QEp</c>.</summary>
    [JsonPropertyName("QEp"), JsonPropertyOrder(13)]
    public required MetaNumber QEp { get; init; }

    /// <summary>metafor's <c>pi.lb</c>.</summary>
    [JsonPropertyName("pi.lb"), JsonPropertyOrder(14)]
    public required MetaNumber PiLb { get; init; }

    /// <summary>metafor's <c>pi.ub</c>.</summary>
    [JsonPropertyName("pi.ub"), JsonPropertyOrder(15)]
    public required MetaNumber PiUb { get; init; }
}
