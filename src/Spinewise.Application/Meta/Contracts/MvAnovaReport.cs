using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The Wald test of some coefficients, as metafor's <c>anova(res, btt=)</c>.</summary>
public sealed record MvAnovaReport
{
    /// <summary>The coefficients tested, 1-based as metafor's <c>btt</c>.</summary>
    [JsonPropertyName("btt"), JsonPropertyOrder(0)]
    public required IReadOnlyList<int> Btt { get; init; }

    /// <summary>Their names.</summary>
    [JsonPropertyName("coef_names"), JsonPropertyOrder(1)]
    public required IReadOnlyList<string> CoefNames { get; init; }

    /// <summary>The statistic: chi-square (z tests) or F (t tests).</summary>
    [JsonPropertyName("QM"), JsonPropertyOrder(2)]
    public required MetaNumber QM { get; init; }

    /// <summary>[df1, df2] (df2 NA for z tests).</summary>
    [JsonPropertyName("QMdf"), JsonPropertyOrder(3)]
    public required IReadOnlyList<MetaNumber> QMdf { get; init; }

    /// <summary>The p value.</summary>
    [JsonPropertyName("QMp"), JsonPropertyOrder(4)]
    public required MetaNumber QMp { get; init; }
}
