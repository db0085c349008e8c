using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The output of <c>meta ranktest</c>.</summary>
public sealed record RankTestReport
{
    /// <summary>The settings as applied.</summary>
    [JsonPropertyName("settings"), JsonPropertyOrder(0)]
    public required ModelSettings Settings { get; init; }

    /// <summary>Kendall's tau.</summary>
    [JsonPropertyName("tau"), JsonPropertyOrder(1)]
    public required MetaNumber Tau { get; init; }

    /// <summary>metafor's <c>pval</c>.</summary>
    [JsonPropertyName("pval"), JsonPropertyOrder(2)]
    public required MetaNumber Pval { get; init; }

    /// <summary>Always true: the exact test is asked for where metafor would use it.</summary>
    [JsonPropertyName("exact_requested"), JsonPropertyOrder(3)]
    public required bool ExactRequested { get; init; }

    /// <summary>Whether there are ties.</summary>
    [JsonPropertyName("ties_present"), JsonPropertyOrder(4)]
    public required bool TiesPresent { get; init; }

    /// <summary>Warnings.</summary>
    [JsonPropertyName("warnings"), JsonPropertyOrder(5)]
    public required IReadOnlyList<string> Warnings { get; init; }
}
