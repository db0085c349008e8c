using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>
/// Network meta-regression on a study-level moderator m: the treatment coefficients are the effects against the
/// reference at m = 0, each <c>treatment:m</c> interaction the change of that effect per unit of m; for a categorical m
/// the coefficients are the effects at the reference level (<see cref="Levels"/>' first) and each
/// <c>treatment:mLEVEL</c> the change at that level. The Wald test asks whether the moderator changes any treatment effect.
/// </summary>
public sealed record NetworkRegressionReport
{
    /// <summary>The moderator's column.</summary>
    [JsonPropertyName("moderator"), JsonPropertyOrder(0)]
    public required string Moderator { get; init; }

    /// <summary>
    /// The treatments whose interaction the data estimate (others are aliased and dropped, as metafor drops redundant
    /// columns); for a categorical moderator the interaction coefficients' names (<c>treatment:mLEVEL</c>).
    /// </summary>
    [JsonPropertyName("interactions"), JsonPropertyOrder(1)]
    public required IReadOnlyList<string> Interactions { get; init; }

    /// <summary>A categorical moderator's levels among the network's studies, the reference level first; absent when numeric.</summary>
    [JsonPropertyName("levels"), JsonPropertyOrder(12)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Levels { get; init; }

    /// <summary>Coefficient names: treatments, then <c>treatment:moderator</c>.</summary>
    [JsonPropertyName("coef_names"), JsonPropertyOrder(2)]
    public required IReadOnlyList<string> CoefNames { get; init; }

    /// <summary>The coefficients.</summary>
    [JsonPropertyName("beta"), JsonPropertyOrder(3)]
    public required IReadOnlyList<MetaNumber> Beta { get; init; }

    /// <summary>Their standard errors.</summary>
    [JsonPropertyName("se"), JsonPropertyOrder(4)]
    public required IReadOnlyList<MetaNumber> Se { get; init; }

    /// <summary>Their p values.</summary>
    [JsonPropertyName("pval"), JsonPropertyOrder(5)]
    public required IReadOnlyList<MetaNumber> Pval { get; init; }

    /// <summary>Lower confidence limits.</summary>
    [JsonPropertyName("ci.lb"), JsonPropertyOrder(6)]
    public required IReadOnlyList<MetaNumber> CiLb { get; init; }

    /// <summary>Upper confidence limits.</summary>
    [JsonPropertyName("ci.ub"), JsonPropertyOrder(7)]
    public required IReadOnlyList<MetaNumber> CiUb { get; init; }

    /// <summary>τ² of the regression model (null without random effects).</summary>
    [JsonPropertyName("tau2"), JsonPropertyOrder(8)]
    public MetaNumber? Tau2 { get; init; }

    /// <summary>Wald statistic that every interaction is 0.</summary>
    [JsonPropertyName("QM"), JsonPropertyOrder(9)]
    public required MetaNumber QM { get; init; }

    /// <summary>Its degrees of freedom (the number of interactions).</summary>
    [JsonPropertyName("QMdf"), JsonPropertyOrder(10)]
    public required int QMdf { get; init; }

    /// <summary>Its p value.</summary>
    [JsonPropertyName("QMp"), JsonPropertyOrder(11)]
    public required MetaNumber QMp { get; init; }
}
