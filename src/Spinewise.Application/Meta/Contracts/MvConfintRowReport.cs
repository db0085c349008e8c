using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>One row of metafor's confint.rma.mv table (<c>res$random</c>): a component or its square root with its profile-likelihood CI.</summary>
public sealed record MvConfintRowReport
{
    /// <summary>metafor's <c>estimate</c>.</summary>
    [JsonPropertyName("estimate"), JsonPropertyOrder(0)]
    public required MetaNumber Estimate { get; init; }

    /// <summary>metafor's <c>ci.lb</c> (null when not found).</summary>
    [JsonPropertyName("ci.lb"), JsonPropertyOrder(1)]
    public required MetaNumber CiLb { get; init; }

    /// <summary>metafor's <c>ci.ub</c> (null when not found).</summary>
    [JsonPropertyName("ci.ub"), JsonPropertyOrder(2)]
    public required MetaNumber CiUb { get; init; }

    /// <summary>metafor's <c>lb.sign</c>: "&lt;" when ci.lb is the end of the search interval (the bound lies below it), else "".</summary>
    [JsonPropertyName("lb.sign"), JsonPropertyOrder(3)]
    public required string LbSign { get; init; }

    /// <summary>metafor's <c>ub.sign</c>: "&gt;" when ci.ub is the end of the search interval (the bound lies above it), else "".</summary>
    [JsonPropertyName("ub.sign"), JsonPropertyOrder(4)]
    public required string UbSign { get; init; }
}
