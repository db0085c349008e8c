using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>An rma.uni fit in the keys and shapes of the metafor reference cases' <c>expected</c> object.</summary>
public  record RmaModelReport
{
    /// <summary>Studies used.</summary>
    [JsonPropertyName("k"), JsonPropertyOrder(100)]
    public required int K { get; init; }

    /// <summary>Coefficients.</summary>
    [JsonPropertyName("p"), JsonPropertyOrder(101)]
    public required int P { get; init; }

    /// <summary>The tau² estimator.</summary>
    [JsonPropertyName("method"), JsonPropertyOrder(102)]
    public required string Method { get; init; }

    /// <summary>The test of the coefficients.</summary>
    [JsonPropertyName("test"), JsonPropertyOrder(103)]
    public required string Test { get; init; }

    /// <summary>1 - level/100.</summary>
    [JsonPropertyName("alpha"), JsonPropertyOrder(104)]
    public required double Alpha { get; init; }

    /// <summary>Coefficient names.</summary>
    [JsonPropertyName("coef_names"), JsonPropertyOrder(105)]
    public required IReadOnlyList<string> CoefNames { get; init; }

    /// <summary>Coefficients.</summary>
    [JsonPropertyName("beta"), JsonPropertyOrder(106)]
    public required IReadOnlyList<MetaNumber> Beta { get; init; }

    /// <summary>Standard errors.</summary>
    [JsonPropertyName("se"), JsonPropertyOrder(107)]
    public required IReadOnlyList<MetaNumber> Se { get; init; }

    /// <summary>t statistics (t-type tests); absent for z tests.</summary>
    [JsonPropertyName("tval"), JsonPropertyOrder(108)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MetaNumber>? Tval { get; init; }

    /// <summary>z statistics (z tests); absent for t-type tests.</summary>
    [JsonPropertyName("zval"), JsonPropertyOrder(108)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MetaNumber>? Zval { get; init; }

    /// <summary>metafor's <c>pval</c>.</summary>
    [JsonPropertyName("pval"), JsonPropertyOrder(110)]
    public required IReadOnlyList<MetaNumber> Pval { get; init; }

    /// <summary>metafor's <c>ci.lb</c>.</summary>
    [JsonPropertyName("ci.lb"), JsonPropertyOrder(111)]
    public required IReadOnlyList<MetaNumber> CiLb { get; init; }

    /// <summary>metafor's <c>ci.ub</c>.</summary>
    [JsonPropertyName("ci.ub"), JsonPropertyOrder(112)]
    public required IReadOnlyList<MetaNumber> CiUb { get; init; }

    /// <summary>Denominator df of the t tests; absent for z tests.</summary>
    [JsonPropertyName("ddf"), JsonPropertyOrder(113)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MetaNumber>? Ddf { get; init; }

    /// <summary>metafor's <c>res$dfs</c> (k - p) for t tests; absent for z tests.</summary>
    [JsonPropertyName("dfs"), JsonPropertyOrder(114)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MetaNumber>? Dfs { get; init; }

    /// <summary>metafor's <c>tau2</c>.</summary>
    [JsonPropertyName("tau2"), JsonPropertyOrder(115)]
    public required MetaNumber Tau2 { get; init; }

    /// <summary>metafor's <c>se.tau2</c>.</summary>
    [JsonPropertyName("se.tau2"), JsonPropertyOrder(116)]
    public required MetaNumber SeTau2 { get; init; }

    /// <summary>metafor's <c>I2</c>.</summary>
    [JsonPropertyName("I2"), JsonPropertyOrder(117)]
    public required MetaNumber I2 { get; init; }

    /// <summary>metafor's <c>H2</c>.</summary>
    [JsonPropertyName("H2"), JsonPropertyOrder(118)]
    public required MetaNumber H2 { get; init; }

    /// <summary>Pseudo R² (models with moderators); absent for intercept-only models.</summary>
    [JsonPropertyName("R2"), JsonPropertyOrder(119)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MetaNumber? R2 { get; init; }

    /// <summary>metafor's <c>vt</c>.</summary>
    [JsonPropertyName("vt"), JsonPropertyOrder(120)]
    public required MetaNumber Vt { get; init; }

    /// <summary>metafor's <c>QE</c>.</summary>
    [JsonPropertyName("QE"), JsonPropertyOrder(121)]
    public required MetaNumber QE { get; init; }

    /// <summary>metafor's <c>QEdf</c>.</summary>
    [JsonPropertyName("QEdf"), JsonPropertyOrder(122)]
    public required int QEdf { get; init; }

    /// <summary>metafor's <c>QEp</c>.</summary>
    [JsonPropertyName("QEp"), JsonPropertyOrder(123)]
    public required MetaNumber QEp { get; init; }

    /// <summary>metafor's <c>QM</c>.</summary>
    [JsonPropertyName("QM"), JsonPropertyOrder(124)]
    public required MetaNumber QM { get; init; }

    /// <summary>df of the omnibus test: [df1, df2] (df2 NA for z tests).</summary>
    [JsonPropertyName("QMdf"), JsonPropertyOrder(125)]
    public required IReadOnlyList<MetaNumber> QMdf { get; init; }

    /// <summary>metafor's <c>QMp</c>.</summary>
    [JsonPropertyName("QMp"), JsonPropertyOrder(126)]
    public required MetaNumber QMp { get; init; }

    /// <summary>metafor's <c>s2w</c>.</summary>
    [JsonPropertyName("s2w"), JsonPropertyOrder(127)]
    public required MetaNumber S2w { get; init; }

    /// <summary>ML and REML fit statistics.</summary>
    [JsonPropertyName("fit_stats"), JsonPropertyOrder(128)]
    public required FitStatisticsPair FitStats { get; init; }

    /// <summary>Weights in percent.</summary>
    [JsonPropertyName("weights_percent"), JsonPropertyOrder(129)]
    public required IReadOnlyList<MetaNumber> WeightsPercent { get; init; }

    /// <summary>The prediction of intercept-only models; absent otherwise.</summary>
    [JsonPropertyName("predict"), JsonPropertyOrder(130)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PredictionReport? Predict { get; init; }

    /// <summary>Heterogeneity CIs; absent for equal-effects models and k &lt; 2.</summary>
    [JsonPropertyName("confint"), JsonPropertyOrder(131)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ConfintReport? Confint { get; init; }

    /// <summary>Whether the estimator converged.</summary>
    [JsonPropertyName("converged"), JsonPropertyOrder(132)]
    public required bool Converged { get; init; }

    /// <summary>Iterations used.</summary>
    [JsonPropertyName("iterations"), JsonPropertyOrder(133)]
    public required int Iterations { get; init; }

    /// <summary>Warnings, in metafor's words.</summary>
    [JsonPropertyName("warnings"), JsonPropertyOrder(134)]
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>Suggestions (e.g. consider test="knha").</summary>
    [JsonPropertyName("suggestions"), JsonPropertyOrder(135)]
    public required IReadOnlyList<string> Suggestions { get; init; }

    /// <summary>1-based rows used (NA rows dropped).</summary>
    [JsonPropertyName("rows_used"), JsonPropertyOrder(136)]
    public required IReadOnlyList<int> RowsUsed { get; init; }
}
