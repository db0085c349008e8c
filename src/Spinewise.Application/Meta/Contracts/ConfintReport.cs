using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>Q-profile confidence intervals of the heterogeneity, as metafor's <c>confint()</c>.</summary>
public sealed record ConfintReport
{
    /// <summary>tau².</summary>
    [JsonPropertyName("tau2"), JsonPropertyOrder(0)]
    public required IntervalReport Tau2 { get; init; }

    /// <summary>tau.</summary>
    [JsonPropertyName("tau"), JsonPropertyOrder(1)]
    public required IntervalReport Tau { get; init; }

    /// <summary>I² (%).</summary>
    [JsonPropertyName("I2"), JsonPropertyOrder(2)]
    public required IntervalReport I2 { get; init; }

    /// <summary>H².</summary>
    [JsonPropertyName("H2"), JsonPropertyOrder(3)]
    public required IntervalReport H2 { get; init; }

    /// <summary>Warnings of the root finding.</summary>
    [JsonPropertyName("warnings"), JsonPropertyOrder(4)]
    public required IReadOnlyList<string> Warnings { get; init; }
}
