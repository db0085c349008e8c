using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>Log-likelihood, deviance and information criteria of a fit.</summary>
public sealed record FitStatisticsReport
{
    /// <summary>Log-likelihood.</summary>
    [JsonPropertyName("ll"), JsonPropertyOrder(0)]
    public required MetaNumber LogLik { get; init; }

    /// <summary>Deviance.</summary>
    [JsonPropertyName("dev"), JsonPropertyOrder(1)]
    public required MetaNumber Deviance { get; init; }

    /// <summary>AIC.</summary>
    [JsonPropertyName("AIC"), JsonPropertyOrder(2)]
    public required MetaNumber Aic { get; init; }

    /// <summary>BIC.</summary>
    [JsonPropertyName("BIC"), JsonPropertyOrder(3)]
    public required MetaNumber Bic { get; init; }

    /// <summary>AICc.</summary>
    [JsonPropertyName("AICc"), JsonPropertyOrder(4)]
    public required MetaNumber Aicc { get; init; }
}
