using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The output of <c>meta mv</c>: the settings, the rma.mv fit, and the Wald test of <c>btt</c> when asked.</summary>
public sealed record MvReport : MvModelReport
{
    /// <summary>An empty value (for deserializers and initializers).</summary>
    public MvReport()
    {
    }

    /// <summary>A copy of <paramref name="model"/>'s members; the caller's initializer sets this type's own.</summary>
    /// <param name="model">The base values.</param>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // this type's own members are set by the caller's initializer
    public MvReport(MvModelReport model)
#pragma warning restore CS8618
        : base(model)
    {
    }

    /// <summary>The settings as applied.</summary>
    [JsonPropertyName("settings"), JsonPropertyOrder(0)]
    public required MvSettings Settings { get; init; }

    /// <summary>The Wald test of the <c>btt</c> coefficients; absent without <c>btt</c>.</summary>
    [JsonPropertyName("anova"), JsonPropertyOrder(200)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MvAnovaReport? Anova { get; init; }

    /// <summary>Profile-likelihood CIs of the variance components; absent without <c>confint</c>.</summary>
    [JsonPropertyName("confint"), JsonPropertyOrder(201)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MvConfintReport? Confint { get; init; }
}
