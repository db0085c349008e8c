using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The output of <c>escalc</c>: effect sizes and sampling variances.</summary>
public sealed record EscalcReport
{
    /// <summary>The settings as applied.</summary>
    [JsonPropertyName("settings"), JsonPropertyOrder(0)]
    public required EscalcRunSettings Settings { get; init; }

    /// <summary>Rows.</summary>
    [JsonPropertyName("k"), JsonPropertyOrder(1)]
    public required int K { get; init; }

    /// <summary>Effect sizes.</summary>
    [JsonPropertyName("yi"), JsonPropertyOrder(2)]
    public required IReadOnlyList<MetaNumber> Yi { get; init; }

    /// <summary>Sampling variances.</summary>
    [JsonPropertyName("vi"), JsonPropertyOrder(3)]
    public required IReadOnlyList<MetaNumber> Vi { get; init; }

    /// <summary>Warnings.</summary>
    [JsonPropertyName("warnings"), JsonPropertyOrder(4)]
    public required IReadOnlyList<string> Warnings { get; init; }
}
