using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The settings of <c>meta fsn</c>.</summary>
public sealed record FsnSettings : StudySettings
{
    /// <summary><c>Rosenthal</c>, <c>Orwin</c> or <c>Rosenberg</c>.</summary>
    [JsonPropertyName("type"), JsonPropertyOrder(50)]
    public required string Type { get; init; }

    /// <summary>The significance level.</summary>
    [JsonPropertyName("alpha"), JsonPropertyOrder(51)]
    public required double Alpha { get; init; }

    /// <summary>Orwin's target average effect as given, or null.</summary>
    [JsonPropertyName("target"), JsonPropertyOrder(52)]
    public MetaNumber? Target { get; init; }

    /// <summary>Orwin: whether the average is inverse-variance weighted.</summary>
    [JsonPropertyName("weighted"), JsonPropertyOrder(53)]
    public required bool Weighted { get; init; }
}
