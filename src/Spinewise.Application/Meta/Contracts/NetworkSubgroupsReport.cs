using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The network fitted within each subgroup of studies, against the whole network's reference, and the test of difference.</summary>
public sealed record NetworkSubgroupsReport
{
    /// <summary>The subgroup column.</summary>
    [JsonPropertyName("column"), JsonPropertyOrder(0)]
    public required string Column { get; init; }

    /// <summary>Each subgroup, in ordinal order.</summary>
    [JsonPropertyName("groups"), JsonPropertyOrder(1)]
    public required IReadOnlyList<NetworkSubgroupReport> Groups { get; init; }

    /// <summary>
    /// Wald test that the treatment effects every fitted subgroup estimates are equal across subgroups; null when fewer
    /// than two subgroups could be fitted or they share no treatment besides the reference.
    /// </summary>
    [JsonPropertyName("difference"), JsonPropertyOrder(2)]
    public NetworkSubgroupDifferenceReport? Difference { get; init; }
}

/// <summary>One subgroup's network.</summary>
public sealed record NetworkSubgroupReport
{
    /// <summary>The subgroup's label.</summary>
    [JsonPropertyName("subgroup"), JsonPropertyOrder(0)]
    public required string Subgroup { get; init; }

    /// <summary>Its number of studies.</summary>
    [JsonPropertyName("studies"), JsonPropertyOrder(1)]
    public required int Studies { get; init; }

    /// <summary>Its treatments vs the reference (empty when it could not be fitted).</summary>
    [JsonPropertyName("effects"), JsonPropertyOrder(2)]
    public NetworkContrastsReport? Effects { get; init; }

    /// <summary>Its τ² (null without random effects or when not fitted).</summary>
    [JsonPropertyName("tau2"), JsonPropertyOrder(3)]
    public MetaNumber? Tau2 { get; init; }

    /// <summary>Why it could not be fitted (rows are those of the whole input); empty when fitted.</summary>
    [JsonPropertyName("problems"), JsonPropertyOrder(4)]
    public required IReadOnlyList<string> Problems { get; init; }
}

/// <summary>The Wald test of equal treatment effects across subgroups.</summary>
public sealed record NetworkSubgroupDifferenceReport
{
    /// <summary>The subgroups compared.</summary>
    [JsonPropertyName("subgroups"), JsonPropertyOrder(0)]
    public required IReadOnlyList<string> Subgroups { get; init; }

    /// <summary>The treatments compared (those every compared subgroup estimates).</summary>
    [JsonPropertyName("treatments"), JsonPropertyOrder(1)]
    public required IReadOnlyList<string> Treatments { get; init; }

    /// <summary>The Wald χ² statistic.</summary>
    [JsonPropertyName("QM"), JsonPropertyOrder(2)]
    public required MetaNumber QM { get; init; }

    /// <summary>Its degrees of freedom, (subgroups − 1) × treatments.</summary>
    [JsonPropertyName("QMdf"), JsonPropertyOrder(3)]
    public required int QMdf { get; init; }

    /// <summary>Its p value.</summary>
    [JsonPropertyName("QMp"), JsonPropertyOrder(4)]
    public required MetaNumber QMp { get; init; }
}
