using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>Treatment differences <c>A - B</c> as columns, as metafor's <c>predict(res, newmods=…)</c> with labels.</summary>
public sealed record NetworkContrastsReport
{
    /// <summary>Labels <c>"A - B"</c>.</summary>
    [JsonPropertyName("label"), JsonPropertyOrder(0)]
    public required IReadOnlyList<string> Label { get; init; }

    /// <summary>Estimated differences.</summary>
    [JsonPropertyName("pred"), JsonPropertyOrder(1)]
    public required IReadOnlyList<MetaNumber> Pred { get; init; }

    /// <summary>Standard errors.</summary>
    [JsonPropertyName("se"), JsonPropertyOrder(2)]
    public required IReadOnlyList<MetaNumber> Se { get; init; }

    /// <summary>CI lower limits.</summary>
    [JsonPropertyName("ci.lb"), JsonPropertyOrder(3)]
    public required IReadOnlyList<MetaNumber> CiLb { get; init; }

    /// <summary>CI upper limits.</summary>
    [JsonPropertyName("ci.ub"), JsonPropertyOrder(4)]
    public required IReadOnlyList<MetaNumber> CiUb { get; init; }

    /// <summary>Prediction-interval lower limits (NA without τ²).</summary>
    [JsonPropertyName("pi.lb"), JsonPropertyOrder(5)]
    public required IReadOnlyList<MetaNumber> PiLb { get; init; }

    /// <summary>Prediction-interval upper limits (NA without τ²).</summary>
    [JsonPropertyName("pi.ub"), JsonPropertyOrder(6)]
    public required IReadOnlyList<MetaNumber> PiUb { get; init; }
}
