using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>Direct and indirect evidence on one comparison (back-calculation).</summary>
public sealed record NetworkSplitReport
{
    /// <summary>Label <c>"A - B"</c>.</summary>
    [JsonPropertyName("label"), JsonPropertyOrder(0)]
    public required string Label { get; init; }

    /// <summary>Studies with both arms.</summary>
    [JsonPropertyName("studies"), JsonPropertyOrder(1)]
    public required int Studies { get; init; }

    /// <summary>Network estimate.</summary>
    [JsonPropertyName("network"), JsonPropertyOrder(2)]
    public required MetaNumber Network { get; init; }

    /// <summary>Its standard error.</summary>
    [JsonPropertyName("network_se"), JsonPropertyOrder(3)]
    public required MetaNumber NetworkSe { get; init; }

    /// <summary>Direct estimate.</summary>
    [JsonPropertyName("direct"), JsonPropertyOrder(4)]
    public required MetaNumber Direct { get; init; }

    /// <summary>Its standard error.</summary>
    [JsonPropertyName("direct_se"), JsonPropertyOrder(5)]
    public required MetaNumber DirectSe { get; init; }

    /// <summary>Indirect estimate (NA without indirect evidence).</summary>
    [JsonPropertyName("indirect"), JsonPropertyOrder(6)]
    public required MetaNumber Indirect { get; init; }

    /// <summary>Its standard error (NA without indirect evidence).</summary>
    [JsonPropertyName("indirect_se"), JsonPropertyOrder(7)]
    public required MetaNumber IndirectSe { get; init; }

    /// <summary>Direct − indirect.</summary>
    [JsonPropertyName("difference"), JsonPropertyOrder(8)]
    public required MetaNumber Difference { get; init; }

    /// <summary>Its standard error.</summary>
    [JsonPropertyName("difference_se"), JsonPropertyOrder(9)]
    public required MetaNumber DifferenceSe { get; init; }

    /// <summary>z statistic of the difference.</summary>
    [JsonPropertyName("zval"), JsonPropertyOrder(10)]
    public required MetaNumber Z { get; init; }

    /// <summary>Two-sided p value.</summary>
    [JsonPropertyName("pval"), JsonPropertyOrder(11)]
    public required MetaNumber P { get; init; }
}
