using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The settings of an analysis that takes moderators.</summary>
public  record RegressionSettings : ModelSettings
{
    /// <summary>An empty value (for deserializers and initializers).</summary>
    public RegressionSettings()
    {
    }

    /// <summary>A copy of <paramref name="model"/>'s members; the caller's initializer sets this type's own.</summary>
    /// <param name="model">The base values.</param>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // this type's own members are set by the caller's initializer
    public RegressionSettings(ModelSettings model)
#pragma warning restore CS8618
        : base(model)
    {
    }

    /// <summary>The moderators (columns or <c>factor(COLUMN)</c>), empty for an intercept-only model.</summary>
    [JsonPropertyName("mods"), JsonPropertyOrder(20)]
    public required IReadOnlyList<string> Mods { get; init; }

    /// <summary>Whether the model has an intercept.</summary>
    [JsonPropertyName("intercept"), JsonPropertyOrder(21)]
    public required bool Intercept { get; init; }
}
