using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The output of <c>meta rma</c>: settings, the fit, and the subgroup analysis when asked.</summary>
public sealed record RmaReport : RmaModelReport
{
    /// <summary>An empty value (for deserializers and initializers).</summary>
    public RmaReport()
    {
    }

    /// <summary>A copy of <paramref name="model"/>'s members; the caller's initializer sets this type's own.</summary>
    /// <param name="model">The base values.</param>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // this type's own members are set by the caller's initializer
    public RmaReport(RmaModelReport model)
#pragma warning restore CS8618
        : base(model)
    {
    }

    /// <summary>The settings as applied.</summary>
    [JsonPropertyName("settings"), JsonPropertyOrder(0)]
    public required RmaSettings Settings { get; init; }

    /// <summary>Per-group fits (with a subgroup column).</summary>
    [JsonPropertyName("groups"), JsonPropertyOrder(200)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, SubgroupGroupReport>? Groups { get; init; }

    /// <summary>The test for subgroup differences.</summary>
    [JsonPropertyName("test_subgroup_differences"), JsonPropertyOrder(201)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SubgroupDifferencesReport? TestSubgroupDifferences { get; init; }

    /// <summary>The moderator model with a pooled tau².</summary>
    [JsonPropertyName("pooled_tau2_model"), JsonPropertyOrder(202)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PooledTau2ModelReport? PooledTau2Model { get; init; }

    /// <summary>The overall model.</summary>
    [JsonPropertyName("overall"), JsonPropertyOrder(203)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SubgroupOverallReport? Overall { get; init; }
}
