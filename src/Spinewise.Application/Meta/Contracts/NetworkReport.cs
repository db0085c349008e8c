using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>
/// The output of <c>meta network</c>: the settings, the rma.mv fit of the model reported (keys of the network
/// reference cases), and the network's effects vs the reference, league table, ranking, direct/indirect split and shape.
/// </summary>
public sealed record NetworkReport : MvModelReport
{
    /// <summary>An empty value (for deserializers and initializers).</summary>
    public NetworkReport()
    {
    }

    /// <summary>A copy of <paramref name="model"/>'s members; the caller's initializer sets this type's own.</summary>
    /// <param name="model">The base values.</param>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // this type's own members are set by the caller's initializer
    public NetworkReport(MvModelReport model)
#pragma warning restore CS8618
        : base(model)
    {
    }

    /// <summary>The settings as applied.</summary>
    [JsonPropertyName("settings"), JsonPropertyOrder(0)]
    public required NetworkSettings Settings { get; init; }

    /// <summary>The reference treatment.</summary>
    [JsonPropertyName("reference_treatment"), JsonPropertyOrder(200)]
    public required string ReferenceTreatment { get; init; }

    /// <summary>Every treatment: the coefficients' treatments, then the reference.</summary>
    [JsonPropertyName("treatments"), JsonPropertyOrder(201)]
    public required IReadOnlyList<string> Treatments { get; init; }

    /// <summary>The effect measure of the contrasts, or null for arm estimates given directly.</summary>
    [JsonPropertyName("measure"), JsonPropertyOrder(202)]
    public string? Measure { get; init; }

    /// <summary>Every treatment against the reference (consistency or arm-based model).</summary>
    [JsonPropertyName("effects"), JsonPropertyOrder(203)]
    public required NetworkContrastsReport Effects { get; init; }

    /// <summary>The league table: every pairwise difference A − B, A before B in <see cref="Treatments"/> order.</summary>
    [JsonPropertyName("league"), JsonPropertyOrder(204)]
    public required NetworkContrastsReport League { get; init; }

    /// <summary>P-scores by treatment, best first.</summary>
    [JsonPropertyName("pscore"), JsonPropertyOrder(205)]
    public required IReadOnlyDictionary<string, MetaNumber> PScore { get; init; }

    /// <summary>SUCRA by treatment, best first.</summary>
    [JsonPropertyName("sucra"), JsonPropertyOrder(206)]
    public required IReadOnlyDictionary<string, MetaNumber> Sucra { get; init; }

    /// <summary>The ranking with mean ranks and rank probabilities, best first.</summary>
    [JsonPropertyName("ranking"), JsonPropertyOrder(207)]
    public required IReadOnlyList<NetworkRankReport> Ranking { get; init; }

    /// <summary>Direct vs indirect evidence per comparison with direct evidence (empty for the arm-based model).</summary>
    [JsonPropertyName("split"), JsonPropertyOrder(208)]
    public required IReadOnlyList<NetworkSplitReport> Split { get; init; }

    /// <summary>The global inconsistency assessment; null for the arm-based model.</summary>
    [JsonPropertyName("inconsistency"), JsonPropertyOrder(209)]
    public NetworkInconsistencyReport? Inconsistency { get; init; }

    /// <summary>The network per subgroup (<c>--subgroup</c>); null without one.</summary>
    [JsonPropertyName("subgroups"), JsonPropertyOrder(213)]
    public NetworkSubgroupsReport? Subgroups { get; init; }

    /// <summary>The network meta-regression on <c>--moderator</c>; null without one.</summary>
    [JsonPropertyName("regression"), JsonPropertyOrder(212)]
    public NetworkRegressionReport? Regression { get; init; }

    /// <summary>Profile-likelihood CIs of the reported model's estimated variance components (τ², and γ² of the inconsistency model; ρ and φ are fixed); absent without <c>confint</c>.</summary>
    [JsonPropertyName("confint"), JsonPropertyOrder(214)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MvConfintReport? Confint { get; init; }

    /// <summary>The network's geometry.</summary>
    [JsonPropertyName("network"), JsonPropertyOrder(210)]
    public required NetworkGeometryReport Network { get; init; }

    /// <summary>Warnings that did not stop the fit (zero-cell corrections, …), with their row when they have one.</summary>
    [JsonPropertyName("warnings"), JsonPropertyOrder(211)]
    public required IReadOnlyList<string> Warnings { get; init; }
}
