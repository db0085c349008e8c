using System.Text.Json.Serialization;
using Spinewise.Evidence.Network;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The network's shape: treatments (nodes), direct comparisons (edges), designs, multi-arm studies, connected parts.</summary>
public sealed record NetworkGeometryReport
{
    /// <summary>Treatments with their studies and participants.</summary>
    [JsonPropertyName("treatments"), JsonPropertyOrder(0)]
    public required IReadOnlyList<NetworkNode> Treatments { get; init; }

    /// <summary>Direct comparisons with their studies and participants.</summary>
    [JsonPropertyName("edges"), JsonPropertyOrder(1)]
    public required IReadOnlyList<NetworkEdge> Edges { get; init; }

    /// <summary>Designs (sets of treatments compared) with their studies.</summary>
    [JsonPropertyName("designs"), JsonPropertyOrder(2)]
    public required IReadOnlyList<NetworkDesign> Designs { get; init; }

    /// <summary>Studies with three or more arms.</summary>
    [JsonPropertyName("multi_arm_studies"), JsonPropertyOrder(3)]
    public required IReadOnlyList<string> MultiArmStudies { get; init; }

    /// <summary>Studies with two or more arms.</summary>
    [JsonPropertyName("studies"), JsonPropertyOrder(4)]
    public required int Studies { get; init; }

    /// <summary>Connected parts (one for a connected network).</summary>
    [JsonPropertyName("components"), JsonPropertyOrder(5)]
    public required IReadOnlyList<IReadOnlyList<string>> Components { get; init; }
}
