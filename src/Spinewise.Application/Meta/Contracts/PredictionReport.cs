using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The pooled estimate with CI and prediction interval, as metafor's <c>predict()</c>.</summary>
public sealed record PredictionReport
{
    /// <summary>Predicted values.</summary>
    [JsonPropertyName("pred"), JsonPropertyOrder(0)]
    public required IReadOnlyList<MetaNumber> Pred { get; init; }

    /// <summary>Standard errors.</summary>
    [JsonPropertyName("se"), JsonPropertyOrder(1)]
    public required IReadOnlyList<MetaNumber> Se { get; init; }

    /// <summary>CI lower limits.</summary>
    [JsonPropertyName("ci.lb"), JsonPropertyOrder(2)]
    public required IReadOnlyList<MetaNumber> CiLb { get; init; }

    /// <summary>CI upper limits.</summary>
    [JsonPropertyName("ci.ub"), JsonPropertyOrder(3)]
    public required IReadOnlyList<MetaNumber> CiUb { get; init; }

    /// <summary>Prediction-interval lower limits (random-effects models only).</summary>
    [JsonPropertyName("pi.lb"), JsonPropertyOrder(4)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MetaNumber>? PiLb { get; init; }

    /// <summary>Prediction-interval upper limits (random-effects models only).</summary>
    [JsonPropertyName("pi.ub"), JsonPropertyOrder(5)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MetaNumber>? PiUb { get; init; }
}
