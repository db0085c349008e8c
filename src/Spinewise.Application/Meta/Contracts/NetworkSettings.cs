using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The settings of <c>meta network</c>, as applied.</summary>
public sealed record NetworkSettings
{
    /// <summary>The arms' source (file name or request body).</summary>
    [JsonPropertyName("file"), JsonPropertyOrder(0)]
    public required string File { get; init; }

    /// <summary>The study column.</summary>
    [JsonPropertyName("study"), JsonPropertyOrder(1)]
    public required string Study { get; init; }

    /// <summary>The treatment column.</summary>
    [JsonPropertyName("treatment"), JsonPropertyOrder(2)]
    public required string Treatment { get; init; }

    /// <summary>The effect measure of the contrasts built from the arms; null when arm estimates (yi, sei) were given.</summary>
    [JsonPropertyName("measure"), JsonPropertyOrder(3)]
    public string? Measure { get; init; }

    /// <summary>The arm columns used, by metafor argument (<c>xi</c>, <c>ni</c>, <c>mi</c>, <c>sdi</c>, <c>yi</c>, <c>sei</c>).</summary>
    [JsonPropertyName("columns"), JsonPropertyOrder(4)]
    public required IReadOnlyDictionary<string, string> Columns { get; init; }

    /// <summary>The reference treatment as asked, or null for the most frequent one.</summary>
    [JsonPropertyName("reference"), JsonPropertyOrder(5)]
    public string? Reference { get; init; }

    /// <summary>The model reported: <c>consistency</c>, <c>inconsistency</c> or <c>arm</c>.</summary>
    [JsonPropertyName("model"), JsonPropertyOrder(6)]
    public required string Model { get; init; }

    /// <summary>The estimator: REML, ML or EE/FE.</summary>
    [JsonPropertyName("method"), JsonPropertyOrder(7)]
    public required string Method { get; init; }

    /// <summary>Whether small values are good (<c>good</c>) or bad (<c>bad</c>) for the ranking.</summary>
    [JsonPropertyName("small_values"), JsonPropertyOrder(8)]
    public required string SmallValues { get; init; }

    /// <summary>The confidence level in percent.</summary>
    [JsonPropertyName("level"), JsonPropertyOrder(9)]
    public required double Level { get; init; }

    /// <summary>The network graph written (CLI only), or null.</summary>
    [JsonPropertyName("plot"), JsonPropertyOrder(10)]
    public string? Plot { get; init; }

    /// <summary>The network forest plot written (CLI only), or null.</summary>
    [JsonPropertyName("forest"), JsonPropertyOrder(11)]
    public string? Forest { get; init; }

    /// <summary>The league-table heat map written (CLI only), or null.</summary>
    [JsonPropertyName("league"), JsonPropertyOrder(12)]
    public string? League { get; init; }

    /// <summary>The study-level moderator column of a network meta-regression, or null.</summary>
    [JsonPropertyName("moderator"), JsonPropertyOrder(13)]
    public string? Moderator { get; init; }

    /// <summary>The study-level subgroup column, or null.</summary>
    [JsonPropertyName("subgroup"), JsonPropertyOrder(14)]
    public string? Subgroup { get; init; }

    /// <summary>Whether the profile-likelihood CI of τ² (and γ²) was asked for.</summary>
    [JsonPropertyName("confint"), JsonPropertyOrder(15)]
    public bool Confint { get; init; }
}
