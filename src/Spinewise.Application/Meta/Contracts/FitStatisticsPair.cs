using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>Fit statistics under ML and REML, as metafor's <c>fitstats()</c>.</summary>
public sealed record FitStatisticsPair
{
    /// <summary>Under maximum likelihood.</summary>
    [JsonPropertyName("ML"), JsonPropertyOrder(0)]
    public required FitStatisticsReport Ml { get; init; }

    /// <summary>Under restricted maximum likelihood.</summary>
    [JsonPropertyName("REML"), JsonPropertyOrder(1)]
    public required FitStatisticsReport Reml { get; init; }
}
