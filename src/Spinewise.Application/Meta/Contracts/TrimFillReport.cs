using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The output of <c>meta trimfill</c>: estimated missing studies and the model on the augmented data.</summary>
public sealed record TrimFillReport : RmaModelReport
{
    /// <summary>An empty value (for deserializers and initializers).</summary>
    public TrimFillReport()
    {
    }

    /// <summary>A copy of <paramref name="model"/>'s members; the caller's initializer sets this type's own.</summary>
    /// <param name="model">The base values.</param>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // this type's own members are set by the caller's initializer
    public TrimFillReport(RmaModelReport model)
#pragma warning restore CS8618
        : base(model)
    {
    }

    /// <summary>The settings as applied.</summary>
    [JsonPropertyName("settings"), JsonPropertyOrder(0)]
    public required TrimFillSettings Settings { get; init; }

    /// <summary>Estimated number of missing studies.</summary>
    [JsonPropertyName("k0"), JsonPropertyOrder(1)]
    public required int K0 { get; init; }

    /// <summary>metafor's <c>se.k0</c>.</summary>
    [JsonPropertyName("se.k0"), JsonPropertyOrder(2)]
    public required MetaNumber SeK0 { get; init; }

    /// <summary>metafor's <c>p.k0</c>.</summary>
    [JsonPropertyName("p.k0"), JsonPropertyOrder(3)]
    public required MetaNumber PK0 { get; init; }

    /// <summary>The side on which studies were filled.</summary>
    [JsonPropertyName("side"), JsonPropertyOrder(4)]
    public required string Side { get; init; }

    /// <summary><c>L0</c> or <c>R0</c>.</summary>
    [JsonPropertyName("estimator"), JsonPropertyOrder(5)]
    public required string Estimator { get; init; }

    /// <summary>yi of observed then filled studies.</summary>
    [JsonPropertyName("augmented_yi"), JsonPropertyOrder(200)]
    public required IReadOnlyList<MetaNumber> AugmentedYi { get; init; }

    /// <summary>vi of observed then filled studies.</summary>
    [JsonPropertyName("augmented_vi"), JsonPropertyOrder(201)]
    public required IReadOnlyList<MetaNumber> AugmentedVi { get; init; }

    /// <summary>Whether each augmented study was filled.</summary>
    [JsonPropertyName("augmented_fill"), JsonPropertyOrder(202)]
    public required IReadOnlyList<bool> AugmentedFill { get; init; }
}
