using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The global inconsistency assessment: the design-by-treatment Wald test, Krahn's Q decomposition and the random inconsistency model's γ².</summary>
public sealed record NetworkInconsistencyReport
{
    /// <summary>Design-by-treatment inconsistency parameters.</summary>
    [JsonPropertyName("df"), JsonPropertyOrder(0)]
    public required int Df { get; init; }

    /// <summary>Wald χ² of the design-by-treatment terms.</summary>
    [JsonPropertyName("QM"), JsonPropertyOrder(1)]
    public required MetaNumber QM { get; init; }

    /// <summary>Its p value.</summary>
    [JsonPropertyName("QMp"), JsonPropertyOrder(2)]
    public required MetaNumber QMp { get; init; }

    /// <summary>Krahn's Q_total and its df.</summary>
    [JsonPropertyName("Q_total"), JsonPropertyOrder(3)]
    public required MetaNumber QTotal { get; init; }

    /// <summary>Degrees of freedom of Q_total.</summary>
    [JsonPropertyName("Q_total_df"), JsonPropertyOrder(4)]
    public required int QTotalDf { get; init; }

    /// <summary>Q_heterogeneity (within designs).</summary>
    [JsonPropertyName("Q_heterogeneity"), JsonPropertyOrder(5)]
    public required MetaNumber QHeterogeneity { get; init; }

    /// <summary>Its df.</summary>
    [JsonPropertyName("Q_heterogeneity_df"), JsonPropertyOrder(6)]
    public required int QHeterogeneityDf { get; init; }

    /// <summary>Q_inconsistency (between designs).</summary>
    [JsonPropertyName("Q_inconsistency"), JsonPropertyOrder(7)]
    public required MetaNumber QInconsistency { get; init; }

    /// <summary>Its p value.</summary>
    [JsonPropertyName("Q_inconsistency_p"), JsonPropertyOrder(8)]
    public required MetaNumber QInconsistencyP { get; init; }

    /// <summary>γ² of the random inconsistency model (<c>~ comp | design</c>), or null.</summary>
    [JsonPropertyName("gamma2"), JsonPropertyOrder(9)]
    public MetaNumber? Gamma2 { get; init; }
}
