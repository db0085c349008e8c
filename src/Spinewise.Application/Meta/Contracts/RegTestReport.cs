using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The output of <c>meta regtest</c>.</summary>
public sealed record RegTestReport
{
    /// <summary>The settings as applied.</summary>
    [JsonPropertyName("settings"), JsonPropertyOrder(0)]
    public required RegTestSettings Settings { get; init; }

    /// <summary><c>rma</c> or <c>lm</c>.</summary>
    [JsonPropertyName("model"), JsonPropertyOrder(1)]
    public required string Model { get; init; }

    /// <summary>The predictor.</summary>
    [JsonPropertyName("predictor"), JsonPropertyOrder(2)]
    public required string Predictor { get; init; }

    /// <summary>z statistic (z tests).</summary>
    [JsonPropertyName("zval"), JsonPropertyOrder(3)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MetaNumber? Zval { get; init; }

    /// <summary>t statistic (t tests).</summary>
    [JsonPropertyName("tval"), JsonPropertyOrder(3)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MetaNumber? Tval { get; init; }

    /// <summary>metafor's <c>pval</c>.</summary>
    [JsonPropertyName("pval"), JsonPropertyOrder(4)]
    public required MetaNumber Pval { get; init; }

    /// <summary>metafor's <c>dfs</c>.</summary>
    [JsonPropertyName("dfs"), JsonPropertyOrder(5)]
    public required MetaNumber Dfs { get; init; }

    /// <summary>The limit estimate, or null.</summary>
    [JsonPropertyName("limit_estimate"), JsonPropertyOrder(6)]
    public LimitEstimateReport? LimitEstimate { get; init; }

    /// <summary>The model.</summary>
    [JsonPropertyName("fit"), JsonPropertyOrder(7)]
    public required RegTestFitReport Fit { get; init; }
}
