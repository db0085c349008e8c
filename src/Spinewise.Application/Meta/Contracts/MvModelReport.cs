using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>An rma.mv fit in the keys and shapes of the metafor reference cases' <c>expected</c> object (multilevel and network cases).</summary>
public record MvModelReport
{
    /// <summary>Effect sizes.</summary>
    [JsonPropertyName("k"), JsonPropertyOrder(1)]
    public required int K { get; init; }

    /// <summary>Coefficients.</summary>
    [JsonPropertyName("p"), JsonPropertyOrder(2)]
    public required int P { get; init; }

    /// <summary>The estimator asked for (metafor keeps it for a model without random terms, fitted as EE).</summary>
    [JsonPropertyName("method"), JsonPropertyOrder(3)]
    public required string Method { get; init; }

    /// <summary>The test of the coefficients.</summary>
    [JsonPropertyName("test"), JsonPropertyOrder(4)]
    public required string Test { get; init; }

    /// <summary>1 - level/100.</summary>
    [JsonPropertyName("alpha"), JsonPropertyOrder(5)]
    public required double Alpha { get; init; }

    /// <summary>Coefficient names.</summary>
    [JsonPropertyName("coef_names"), JsonPropertyOrder(6)]
    public required IReadOnlyList<string> CoefNames { get; init; }

    /// <summary>Coefficients.</summary>
    [JsonPropertyName("beta"), JsonPropertyOrder(7)]
    public required IReadOnlyList<MetaNumber> Beta { get; init; }

    /// <summary>Standard errors.</summary>
    [JsonPropertyName("se"), JsonPropertyOrder(8)]
    public required IReadOnlyList<MetaNumber> Se { get; init; }

    /// <summary>z statistics (z tests); absent for t tests.</summary>
    [JsonPropertyName("zval"), JsonPropertyOrder(9)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MetaNumber>? Zval { get; init; }

    /// <summary>t statistics (t tests); absent for z tests.</summary>
    [JsonPropertyName("tval"), JsonPropertyOrder(10)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MetaNumber>? Tval { get; init; }

    /// <summary>metafor's <c>pval</c>.</summary>
    [JsonPropertyName("pval"), JsonPropertyOrder(11)]
    public required IReadOnlyList<MetaNumber> Pval { get; init; }

    /// <summary>metafor's <c>ci.lb</c>.</summary>
    [JsonPropertyName("ci.lb"), JsonPropertyOrder(12)]
    public required IReadOnlyList<MetaNumber> CiLb { get; init; }

    /// <summary>metafor's <c>ci.ub</c>.</summary>
    [JsonPropertyName("ci.ub"), JsonPropertyOrder(13)]
    public required IReadOnlyList<MetaNumber> CiUb { get; init; }

    /// <summary>Degrees of freedom of the t tests (k - p); absent for z tests.</summary>
    [JsonPropertyName("ddf"), JsonPropertyOrder(14)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MetaNumber>? Ddf { get; init; }

    /// <summary>Covariance matrix of the coefficients (rows).</summary>
    [JsonPropertyName("vb"), JsonPropertyOrder(15)]
    public required IReadOnlyList<IReadOnlyList<MetaNumber>> Vb { get; init; }

    /// <summary>σ² of each <c>~ 1 | …</c> level; absent without such terms.</summary>
    [JsonPropertyName("sigma2"), JsonPropertyOrder(16)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MetaNumber>? Sigma2 { get; init; }

    /// <summary>metafor's names of the σ² components (<c>district</c>, <c>district/school</c>); absent without them.</summary>
    [JsonPropertyName("sigma2_names"), JsonPropertyOrder(17)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Sigma2Names { get; init; }

    /// <summary>metafor's <c>s.nlevels</c>: levels of each σ² component; absent without them.</summary>
    [JsonPropertyName("s.nlevels"), JsonPropertyOrder(18)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<int>? SigmaLevels { get; init; }

    /// <summary>τ² of the first <c>~ inner | outer</c> term; absent without it.</summary>
    [JsonPropertyName("tau2"), JsonPropertyOrder(19)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MetaNumber>? Tau2 { get; init; }

    /// <summary>ρ of the first <c>~ inner | outer</c> term (fixed or estimated); absent without it.</summary>
    [JsonPropertyName("rho"), JsonPropertyOrder(20)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MetaNumber>? Rho { get; init; }

    /// <summary>The structure of the first <c>~ inner | outer</c> term (<c>CS</c>); absent without it.</summary>
    [JsonPropertyName("G_struct"), JsonPropertyOrder(21)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? GStruct { get; init; }

    /// <summary>metafor's <c>g.nlevels</c>: levels of the inner and the outer factor of the first term; absent without it.</summary>
    [JsonPropertyName("g.nlevels"), JsonPropertyOrder(22)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<int>? GLevels { get; init; }

    /// <summary>γ² of the second <c>~ inner | outer</c> term; absent without it.</summary>
    [JsonPropertyName("gamma2"), JsonPropertyOrder(23)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MetaNumber>? Gamma2 { get; init; }

    /// <summary>φ of the second <c>~ inner | outer</c> term; absent without it.</summary>
    [JsonPropertyName("phi"), JsonPropertyOrder(24)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MetaNumber>? Phi { get; init; }

    /// <summary>The structure of the second <c>~ inner | outer</c> term (<c>CS</c>); absent without it.</summary>
    [JsonPropertyName("H_struct"), JsonPropertyOrder(25)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? HStruct { get; init; }

    /// <summary>metafor's <c>h.nlevels</c>: levels of the inner and the outer factor of the second term; absent without it.</summary>
    [JsonPropertyName("h.nlevels"), JsonPropertyOrder(26)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<int>? HLevels { get; init; }

    /// <summary>metafor's <c>QE</c>: the test for (residual) heterogeneity.</summary>
    [JsonPropertyName("QE"), JsonPropertyOrder(27)]
    public required MetaNumber QE { get; init; }

    /// <summary>metafor's <c>QEdf</c> (k - p).</summary>
    [JsonPropertyName("QEdf"), JsonPropertyOrder(28)]
    public required int QEdf { get; init; }

    /// <summary>metafor's <c>QEp</c>.</summary>
    [JsonPropertyName("QEp"), JsonPropertyOrder(29)]
    public required MetaNumber QEp { get; init; }

    /// <summary>metafor's <c>QM</c>: the omnibus test of the coefficients (all but the intercept).</summary>
    [JsonPropertyName("QM"), JsonPropertyOrder(30)]
    public required MetaNumber QM { get; init; }

    /// <summary>[df1, df2] of the omnibus test (df2 NA for z tests).</summary>
    [JsonPropertyName("QMdf"), JsonPropertyOrder(31)]
    public required IReadOnlyList<MetaNumber> QMdf { get; init; }

    /// <summary>metafor's <c>QMp</c>.</summary>
    [JsonPropertyName("QMp"), JsonPropertyOrder(32)]
    public required MetaNumber QMp { get; init; }

    /// <summary>ML and REML fit statistics.</summary>
    [JsonPropertyName("fit_stats"), JsonPropertyOrder(34)]
    public required FitStatisticsPair FitStats { get; init; }

    /// <summary>The pooled estimate of intercept-only models; absent otherwise.</summary>
    [JsonPropertyName("predict"), JsonPropertyOrder(35)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PredictionReport? Predict { get; init; }

    /// <summary>metafor's <c>parms</c>: coefficients plus estimated variance and correlation parameters.</summary>
    [JsonPropertyName("parms"), JsonPropertyOrder(36)]
    public required int Parms { get; init; }

    /// <summary>Independent blocks (clusters) the marginal covariance splits into.</summary>
    [JsonPropertyName("blocks"), JsonPropertyOrder(37)]
    public required int Blocks { get; init; }

    /// <summary>Whether the optimiser converged.</summary>
    [JsonPropertyName("converged"), JsonPropertyOrder(38)]
    public required bool Converged { get; init; }

    /// <summary>Iterations used.</summary>
    [JsonPropertyName("iterations"), JsonPropertyOrder(39)]
    public required int Iterations { get; init; }
}
