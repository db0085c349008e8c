using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The test for subgroup differences.</summary>
public sealed record SubgroupDifferencesReport
{
    /// <summary>metafor's <c>QM</c>.</summary>
    [JsonPropertyName("QM"), JsonPropertyOrder(0)]
    public required MetaNumber QM { get; init; }

    /// <summary>[df1, df2].</summary>
    [JsonPropertyName("QMdf"), JsonPropertyOrder(1)]
    public required IReadOnlyList<MetaNumber> QMdf { get; init; }

    /// <summary>metafor's <c>QMp</c>.</summary>
    [JsonPropertyName("QMp"), JsonPropertyOrder(2)]
    public required MetaNumber QMp { get; init; }

    /// <summary>metafor's <c>QE</c>.</summary>
    [JsonPropertyName("QE"), JsonPropertyOrder(3)]
    public required MetaNumber QE { get; init; }

    /// <summary>metafor's <c>QEdf</c>.</summary>
    [JsonPropertyName("QEdf"), JsonPropertyOrder(4)]
    public required int QEdf { get; init; }

    /// <summary>metafor's <c>QEp</c>.</summary>
    [JsonPropertyName("QEp"), JsonPropertyOrder(5)]
    public required MetaNumber QEp { get; init; }
}
