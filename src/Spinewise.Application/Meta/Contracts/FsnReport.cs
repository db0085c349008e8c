using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The output of <c>meta fsn</c>.</summary>
public sealed record FsnReport
{
    /// <summary>The settings as applied.</summary>
    [JsonPropertyName("settings"), JsonPropertyOrder(0)]
    public required FsnSettings Settings { get; init; }

    /// <summary>The approach.</summary>
    [JsonPropertyName("type"), JsonPropertyOrder(1)]
    public required string Type { get; init; }

    /// <summary>Fail-safe N.</summary>
    [JsonPropertyName("fsnum"), JsonPropertyOrder(2)]
    public required MetaNumber FsNum { get; init; }

    /// <summary>The significance level.</summary>
    [JsonPropertyName("alpha"), JsonPropertyOrder(3)]
    public required double Alpha { get; init; }

    /// <summary>metafor's <c>pval</c>.</summary>
    [JsonPropertyName("pval"), JsonPropertyOrder(4)]
    public required MetaNumber Pval { get; init; }

    /// <summary>metafor's <c>meanes</c>.</summary>
    [JsonPropertyName("meanes"), JsonPropertyOrder(5)]
    public required MetaNumber MeanEs { get; init; }

    /// <summary>metafor's <c>target</c>.</summary>
    [JsonPropertyName("target"), JsonPropertyOrder(6)]
    public required MetaNumber Target { get; init; }
}
