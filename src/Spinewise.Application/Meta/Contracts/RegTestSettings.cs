using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The settings of <c>meta regtest</c>.</summary>
public sealed record RegTestSettings : ModelSettings
{
    /// <summary>An empty value (for deserializers and initializers).</summary>
    public RegTestSettings()
    {
    }

    /// <summary>A copy of <paramref name="model"/>'s members; the caller's initializer sets this type's own.</summary>
    /// <param name="model">The base values.</param>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // this type's own members are set by the caller's initializer
    public RegTestSettings(ModelSettings model)
#pragma warning restore CS8618
        : base(model)
    {
    }

    /// <summary><c>rma</c> or <c>lm</c>.</summary>
    [JsonPropertyName("model"), JsonPropertyOrder(40)]
    public required string Model { get; init; }

    /// <summary><c>sei</c>, <c>vi</c>, <c>ni</c>, <c>ninv</c> or <c>sqrtninv</c>.</summary>
    [JsonPropertyName("predictor"), JsonPropertyOrder(41)]
    public required string Predictor { get; init; }
}
