using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The settings of an analysis on an rma.uni fit: estimator, test, level, weights and control values.</summary>
public  record ModelSettings : StudySettings
{
    /// <summary>The tau² estimator, e.g. <c>REML</c>.</summary>
    [JsonPropertyName("method"), JsonPropertyOrder(10)]
    public required string Method { get; init; }

    /// <summary>The test of the coefficients: <c>z</c>, <c>t</c>, <c>knha</c> or <c>adhoc</c>.</summary>
    [JsonPropertyName("test"), JsonPropertyOrder(11)]
    public required string Test { get; init; }

    /// <summary>The confidence level in percent.</summary>
    [JsonPropertyName("level"), JsonPropertyOrder(12)]
    public required double Level { get; init; }

    /// <summary>The column of user weights, or null for inverse-variance weights.</summary>
    [JsonPropertyName("weights"), JsonPropertyOrder(13)]
    public string? Weights { get; init; }

    /// <summary>The Fisher-scoring convergence threshold.</summary>
    [JsonPropertyName("threshold"), JsonPropertyOrder(14)]
    public required double Threshold { get; init; }

    /// <summary>The most Fisher-scoring iterations.</summary>
    [JsonPropertyName("maxiter"), JsonPropertyOrder(15)]
    public required int MaxIter { get; init; }

    /// <summary>The root-finding tolerance.</summary>
    [JsonPropertyName("tol"), JsonPropertyOrder(16)]
    public required double Tol { get; init; }
}
