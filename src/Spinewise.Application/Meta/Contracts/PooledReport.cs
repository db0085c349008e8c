using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The output of <c>meta mh</c> and <c>meta peto</c> in the keys of the reference cases' rma.mh / rma.peto categories.</summary>
public sealed record PooledReport
{
    /// <summary>The settings as applied.</summary>
    [JsonPropertyName("settings"), JsonPropertyOrder(0)]
    public required PooledSettings Settings { get; init; }

    /// <summary>metafor's <c>k</c>.</summary>
    [JsonPropertyName("k"), JsonPropertyOrder(1)]
    public required int K { get; init; }

    /// <summary>metafor's <c>k.yi</c>.</summary>
    [JsonPropertyName("k.yi"), JsonPropertyOrder(2)]
    public required int KYi { get; init; }

    /// <summary>Tables with events (Mantel-Haenszel), or null.</summary>
    [JsonPropertyName("k.pos"), JsonPropertyOrder(3)]
    public int? KPos { get; init; }

    /// <summary>metafor's <c>k.all</c>.</summary>
    [JsonPropertyName("k.all"), JsonPropertyOrder(4)]
    public required int KAll { get; init; }

    /// <summary>The measure.</summary>
    [JsonPropertyName("measure"), JsonPropertyOrder(5)]
    public required string Measure { get; init; }

    /// <summary>1 - level/100.</summary>
    [JsonPropertyName("alpha"), JsonPropertyOrder(6)]
    public required double Alpha { get; init; }

    /// <summary>metafor's <c>beta</c>.</summary>
    [JsonPropertyName("beta"), JsonPropertyOrder(7)]
    public required IReadOnlyList<MetaNumber> Beta { get; init; }

    /// <summary>metafor's <c>se</c>.</summary>
    [JsonPropertyName("se"), JsonPropertyOrder(8)]
    public required IReadOnlyList<MetaNumber> Se { get; init; }

    /// <summary>metafor's <c>zval</c>.</summary>
    [JsonPropertyName("zval"), JsonPropertyOrder(9)]
    public required IReadOnlyList<MetaNumber> Zval { get; init; }

    /// <summary>metafor's <c>pval</c>.</summary>
    [JsonPropertyName("pval"), JsonPropertyOrder(10)]
    public required IReadOnlyList<MetaNumber> Pval { get; init; }

    /// <summary>metafor's <c>ci.lb</c>.</summary>
    [JsonPropertyName("ci.lb"), JsonPropertyOrder(11)]
    public required IReadOnlyList<MetaNumber> CiLb { get; init; }

    /// <summary>metafor's <c>ci.ub</c>.</summary>
    [JsonPropertyName("ci.ub"), JsonPropertyOrder(12)]
    public required IReadOnlyList<MetaNumber> CiUb { get; init; }

    /// <summary>metafor's <c>tau2</c>.</summary>
    [JsonPropertyName("tau2"), JsonPropertyOrder(13)]
    public required MetaNumber Tau2 { get; init; }

    /// <summary>metafor's <c>I2</c>.</summary>
    [JsonPropertyName("I2"), JsonPropertyOrder(14)]
    public required MetaNumber I2 { get; init; }

    /// <summary>metafor's <c>H2</c>.</summary>
    [JsonPropertyName("H2"), JsonPropertyOrder(15)]
    public required MetaNumber H2 { get; init; }

    /// <summary>metafor's <c>QE</c>.</summary>
    [JsonPropertyName("QE"), JsonPropertyOrder(16)]
    public required MetaNumber QE { get; init; }

    /// <summary>metafor's <c>QEdf</c>.</summary>
    [JsonPropertyName("QEdf"), JsonPropertyOrder(17)]
    public required int QEdf { get; init; }

    /// <summary>metafor's <c>QEp</c>.</summary>
    [JsonPropertyName("QEp"), JsonPropertyOrder(18)]
    public required MetaNumber QEp { get; init; }

    /// <summary>Cochran-Mantel-Haenszel statistic (Mantel-Haenszel only).</summary>
    [JsonPropertyName("CO"), JsonPropertyOrder(19)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MetaNumber? CO { get; init; }

    /// <summary>Its p value.</summary>
    [JsonPropertyName("COp"), JsonPropertyOrder(20)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MetaNumber? COp { get; init; }

    /// <summary>Mantel-Haenszel statistic (Mantel-Haenszel only).</summary>
    [JsonPropertyName("MH"), JsonPropertyOrder(21)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MetaNumber? MH { get; init; }

    /// <summary>Its p value.</summary>
    [JsonPropertyName("MHp"), JsonPropertyOrder(22)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MetaNumber? MHp { get; init; }

    /// <summary>Breslow-Day statistic (Mantel-Haenszel only).</summary>
    [JsonPropertyName("BD"), JsonPropertyOrder(23)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MetaNumber? BD { get; init; }

    /// <summary>Its p value.</summary>
    [JsonPropertyName("BDp"), JsonPropertyOrder(24)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MetaNumber? BDp { get; init; }

    /// <summary>Tarone statistic (Mantel-Haenszel only).</summary>
    [JsonPropertyName("TA"), JsonPropertyOrder(25)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MetaNumber? TA { get; init; }

    /// <summary>Its p value.</summary>
    [JsonPropertyName("TAp"), JsonPropertyOrder(26)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MetaNumber? TAp { get; init; }

    /// <summary>ML and REML fit statistics.</summary>
    [JsonPropertyName("fit_stats"), JsonPropertyOrder(27)]
    public required FitStatisticsPair FitStats { get; init; }

    /// <summary>yi used for the Q test.</summary>
    [JsonPropertyName("yi_used_for_QE"), JsonPropertyOrder(28)]
    public required IReadOnlyList<MetaNumber> YiUsedForQE { get; init; }

    /// <summary>vi used for the Q test.</summary>
    [JsonPropertyName("vi_used_for_QE"), JsonPropertyOrder(29)]
    public required IReadOnlyList<MetaNumber> ViUsedForQE { get; init; }

    /// <summary>Warnings.</summary>
    [JsonPropertyName("warnings"), JsonPropertyOrder(30)]
    public required IReadOnlyList<string> Warnings { get; init; }
}
