using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The output of <c>meta leave1out</c>.</summary>
public sealed record Leave1OutReport
{
    /// <summary>The settings as applied.</summary>
    [JsonPropertyName("settings"), JsonPropertyOrder(0)]
    public required ModelSettings Settings { get; init; }

    /// <summary>The study left out of each refit.</summary>
    [JsonPropertyName("omitted_label"), JsonPropertyOrder(1)]
    public required IReadOnlyList<string> OmittedLabel { get; init; }

    /// <summary>metafor's <c>estimate</c>.</summary>
    [JsonPropertyName("estimate"), JsonPropertyOrder(2)]
    public required IReadOnlyList<MetaNumber> Estimate { get; init; }

    /// <summary>metafor's <c>se</c>.</summary>
    [JsonPropertyName("se"), JsonPropertyOrder(3)]
    public required IReadOnlyList<MetaNumber> Se { get; init; }

    /// <summary>t statistics (t-type tests).</summary>
    [JsonPropertyName("tval"), JsonPropertyOrder(4)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MetaNumber>? Tval { get; init; }

    /// <summary>z statistics (z tests).</summary>
    [JsonPropertyName("zval"), JsonPropertyOrder(4)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MetaNumber>? Zval { get; init; }

    /// <summary>metafor's <c>pval</c>.</summary>
    [JsonPropertyName("pval"), JsonPropertyOrder(5)]
    public required IReadOnlyList<MetaNumber> Pval { get; init; }

    /// <summary>metafor's <c>ci.lb</c>.</summary>
    [JsonPropertyName("ci.lb"), JsonPropertyOrder(6)]
    public required IReadOnlyList<MetaNumber> CiLb { get; init; }

    /// <summary>metafor's <c>ci.ub</c>.</summary>
    [JsonPropertyName("ci.ub"), JsonPropertyOrder(7)]
    public required IReadOnlyList<MetaNumber> CiUb { get; init; }

    /// <summary>metafor's <c>Q</c>.</summary>
    [JsonPropertyName("Q"), JsonPropertyOrder(8)]
    public required IReadOnlyList<MetaNumber> Q { get; init; }

    /// <summary>metafor's <c>Qp</c>.</summary>
    [JsonPropertyName("Qp"), JsonPropertyOrder(9)]
    public required IReadOnlyList<MetaNumber> Qp { get; init; }

    /// <summary>metafor's <c>tau2</c>.</summary>
    [JsonPropertyName("tau2"), JsonPropertyOrder(10)]
    public required IReadOnlyList<MetaNumber> Tau2 { get; init; }

    /// <summary>metafor's <c>I2</c>.</summary>
    [JsonPropertyName("I2"), JsonPropertyOrder(11)]
    public required IReadOnlyList<MetaNumber> I2 { get; init; }

    /// <summary>metafor's <c>H2</c>.</summary>
    [JsonPropertyName("H2"), JsonPropertyOrder(12)]
    public required IReadOnlyList<MetaNumber> H2 { get; init; }
}
