using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The settings of <c>meta mv</c>, as applied.</summary>
public sealed record MvSettings
{
    /// <summary>The rows' source (file name or request body).</summary>
    [JsonPropertyName("file"), JsonPropertyOrder(0)]
    public required string File { get; init; }

    /// <summary>The yi column.</summary>
    [JsonPropertyName("yi"), JsonPropertyOrder(1)]
    public required string Yi { get; init; }

    /// <summary>The vi column when V is diagonal; absent when a V file was given.</summary>
    [JsonPropertyName("vi"), JsonPropertyOrder(2)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Vi { get; init; }

    /// <summary>The file of the full sampling covariance matrix V; absent when vi was read.</summary>
    [JsonPropertyName("V"), JsonPropertyOrder(3)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? V { get; init; }

    /// <summary>The moderators (columns; text columns enter as factors), empty for an intercept-only model.</summary>
    [JsonPropertyName("mods"), JsonPropertyOrder(4)]
    public required IReadOnlyList<string> Mods { get; init; }

    /// <summary>Whether the model has an intercept.</summary>
    [JsonPropertyName("intercept"), JsonPropertyOrder(5)]
    public required bool Intercept { get; init; }

    /// <summary>The random-effects formulas in metafor's syntax, in order (empty: equal-effects model).</summary>
    [JsonPropertyName("random"), JsonPropertyOrder(6)]
    public required IReadOnlyList<string> Random { get; init; }

    /// <summary>The variance structure of <c>~ inner | outer</c> terms (<c>CS</c>).</summary>
    [JsonPropertyName("struct"), JsonPropertyOrder(7)]
    public required string Struct { get; init; }

    /// <summary>ρ held fixed, or null when estimated (or no <c>~ inner | outer</c> term).</summary>
    [JsonPropertyName("rho"), JsonPropertyOrder(8)]
    public double? Rho { get; init; }

    /// <summary>φ held fixed, or null when estimated (or no second <c>~ inner | outer</c> term).</summary>
    [JsonPropertyName("phi"), JsonPropertyOrder(9)]
    public double? Phi { get; init; }

    /// <summary>The estimator: REML, ML or EE/FE.</summary>
    [JsonPropertyName("method"), JsonPropertyOrder(10)]
    public required string Method { get; init; }

    /// <summary>The test of the coefficients: <c>z</c> or <c>t</c>.</summary>
    [JsonPropertyName("test"), JsonPropertyOrder(11)]
    public required string Test { get; init; }

    /// <summary>The confidence level in percent.</summary>
    [JsonPropertyName("level"), JsonPropertyOrder(12)]
    public required double Level { get; init; }

    /// <summary>The coefficients of the Wald test as given (names, parts of names or 1-based numbers), empty for none.</summary>
    [JsonPropertyName("btt"), JsonPropertyOrder(13)]
    public required IReadOnlyList<string> Btt { get; init; }

    /// <summary>Whether the profile-likelihood CIs of the variance components were asked for.</summary>
    [JsonPropertyName("confint"), JsonPropertyOrder(14)]
    public bool Confint { get; init; }
}
