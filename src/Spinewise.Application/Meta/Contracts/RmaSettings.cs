using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The settings of <c>meta rma</c>.</summary>
public sealed record RmaSettings : RegressionSettings
{
    /// <summary>An empty value (for deserializers and initializers).</summary>
    public RmaSettings()
    {
    }

    /// <summary>A copy of <paramref name="model"/>'s members; the caller's initializer sets this type's own.</summary>
    /// <param name="model">The base values.</param>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // this type's own members are set by the caller's initializer
    public RmaSettings(RegressionSettings model)
#pragma warning restore CS8618
        : base(model)
    {
    }

    /// <summary>The subgroup column, or null.</summary>
    [JsonPropertyName("subgroup"), JsonPropertyOrder(30)]
    public string? Subgroup { get; init; }

    /// <summary>The forest plot file written (CLI only), or null.</summary>
    [JsonPropertyName("forest"), JsonPropertyOrder(31)]
    public string? Forest { get; init; }

    /// <summary>The funnel plot file written (CLI only), or null.</summary>
    [JsonPropertyName("funnel"), JsonPropertyOrder(32)]
    public string? Funnel { get; init; }
}
