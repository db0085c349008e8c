using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The moderator model with the subgroup factor and a pooled tau².</summary>
public sealed record PooledTau2ModelReport
{
    /// <summary>Coefficient names.</summary>
    [JsonPropertyName("coef_names"), JsonPropertyOrder(0)]
    public required IReadOnlyList<string> CoefNames { get; init; }

    /// <summary>metafor's <c>beta</c>.</summary>
    [JsonPropertyName("beta"), JsonPropertyOrder(1)]
    public required IReadOnlyList<MetaNumber> Beta { get; init; }

    /// <summary>metafor's <c>se</c>.</summary>
    [JsonPropertyName("se"), JsonPropertyOrder(2)]
    public required IReadOnlyList<MetaNumber> Se { get; init; }

    /// <summary>metafor's <c>QM</c>.</summary>
    [JsonPropertyName("QM"), JsonPropertyOrder(3)]
    public required MetaNumber QM { get; init; }

    /// <summary>[df1, df2].</summary>
    [JsonPropertyName("QMdf"), JsonPropertyOrder(4)]
    public required IReadOnlyList<MetaNumber> QMdf { get; init; }

    /// <summary>metafor's <c>QMp</c>.</summary>
    [JsonPropertyName("QMp"), JsonPropertyOrder(5)]
    public required MetaNumber QMp { get; init; }

    /// <summary>metafor's <c>tau2</c>.</summary>
    [JsonPropertyName("tau2"), JsonPropertyOrder(6)]
    public required MetaNumber Tau2 { get; init; }

    /// <summary>metafor's <c>QE</c>.</summary>
    [JsonPropertyName("QE"), JsonPropertyOrder(7)]
    public required MetaNumber QE { get; init; }

    /// <summary>metafor's <c>QEdf</c>.</summary>
    [JsonPropertyName("QEdf"), JsonPropertyOrder(8)]
    public required int QEdf { get; init; }

    /// <summary>metafor's <c>QEp</c>.</summary>
    [JsonPropertyName("QEp"), JsonPropertyOrder(9)]
    public required MetaNumber QEp { get; init; }

    /// <summary>metafor's <c>R2</c>.</summary>
    [JsonPropertyName("R2"), JsonPropertyOrder(10)]
    public required MetaNumber R2 { get; init; }
}
