using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The output of <c>meta influence</c>.</summary>
public sealed record InfluenceReport
{
    /// <summary>The settings as applied.</summary>
    [JsonPropertyName("settings"), JsonPropertyOrder(0)]
    public required RegressionSettings Settings { get; init; }

    /// <summary>Study labels.</summary>
    [JsonPropertyName("labels"), JsonPropertyOrder(1)]
    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>metafor's <c>rstudent</c>.</summary>
    [JsonPropertyName("rstudent"), JsonPropertyOrder(2)]
    public required IReadOnlyList<MetaNumber> Rstudent { get; init; }

    /// <summary>metafor's <c>dffits</c>.</summary>
    [JsonPropertyName("dffits"), JsonPropertyOrder(3)]
    public required IReadOnlyList<MetaNumber> Dffits { get; init; }

    /// <summary>metafor's <c>cook.d</c>.</summary>
    [JsonPropertyName("cook.d"), JsonPropertyOrder(4)]
    public required IReadOnlyList<MetaNumber> CookD { get; init; }

    /// <summary>metafor's <c>cov.r</c>.</summary>
    [JsonPropertyName("cov.r"), JsonPropertyOrder(5)]
    public required IReadOnlyList<MetaNumber> CovR { get; init; }

    /// <summary>metafor's <c>tau2.del</c>.</summary>
    [JsonPropertyName("tau2.del"), JsonPropertyOrder(6)]
    public required IReadOnlyList<MetaNumber> Tau2Del { get; init; }

    /// <summary>metafor's <c>QE.del</c>.</summary>
    [JsonPropertyName("QE.del"), JsonPropertyOrder(7)]
    public required IReadOnlyList<MetaNumber> QEDel { get; init; }

    /// <summary>metafor's <c>hat</c>.</summary>
    [JsonPropertyName("hat"), JsonPropertyOrder(8)]
    public required IReadOnlyList<MetaNumber> Hat { get; init; }

    /// <summary>metafor's <c>weight</c>.</summary>
    [JsonPropertyName("weight"), JsonPropertyOrder(9)]
    public required IReadOnlyList<MetaNumber> Weight { get; init; }

    /// <summary>DFBETAS by coefficient name.</summary>
    [JsonPropertyName("dfbs"), JsonPropertyOrder(10)]
    public required IReadOnlyDictionary<string, IReadOnlyList<MetaNumber>> Dfbs { get; init; }

    /// <summary>Influential by metafor's rule.</summary>
    [JsonPropertyName("is.infl"), JsonPropertyOrder(11)]
    public required IReadOnlyList<bool> IsInfl { get; init; }
}
