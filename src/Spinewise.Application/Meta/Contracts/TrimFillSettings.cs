using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The settings of <c>meta trimfill</c>.</summary>
public sealed record TrimFillSettings : ModelSettings
{
    /// <summary>An empty value (for deserializers and initializers).</summary>
    public TrimFillSettings()
    {
    }

    /// <summary>A copy of <paramref name="model"/>'s members; the caller's initializer sets this type's own.</summary>
    /// <param name="model">The base values.</param>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // this type's own members are set by the caller's initializer
    public TrimFillSettings(ModelSettings model)
#pragma warning restore CS8618
        : base(model)
    {
    }

    /// <summary><c>L0</c> or <c>R0</c>.</summary>
    [JsonPropertyName("estimator"), JsonPropertyOrder(40)]
    public required string Estimator { get; init; }

    /// <summary><c>left</c>, <c>right</c> or <c>default</c> (chosen as metafor does).</summary>
    [JsonPropertyName("side"), JsonPropertyOrder(41)]
    public required string Side { get; init; }
}
