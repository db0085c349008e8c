using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The ranking of one treatment.</summary>
public sealed record NetworkRankReport
{
    /// <summary>The treatment.</summary>
    [JsonPropertyName("treatment"), JsonPropertyOrder(0)]
    public required string Treatment { get; init; }

    /// <summary>P-score in [0, 1] (1 = certainly best).</summary>
    [JsonPropertyName("pscore"), JsonPropertyOrder(1)]
    public required MetaNumber PScore { get; init; }

    /// <summary>SUCRA in [0, 1].</summary>
    [JsonPropertyName("sucra"), JsonPropertyOrder(2)]
    public required MetaNumber Sucra { get; init; }

    /// <summary>Expected rank.</summary>
    [JsonPropertyName("mean_rank"), JsonPropertyOrder(3)]
    public required MetaNumber MeanRank { get; init; }

    /// <summary>P(rank = 1), …, P(rank = a) from seeded draws; empty when not simulated.</summary>
    [JsonPropertyName("rank_probabilities"), JsonPropertyOrder(4)]
    public required IReadOnlyList<MetaNumber> RankProbabilities { get; init; }
}
