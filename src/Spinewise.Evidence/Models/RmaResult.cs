namespace Spinewise.Evidence.Models;

/// <summary>A fitted rma.uni model; names follow metafor's result fields.</summary>
public sealed record RmaResult
{
    /// <summary>k: number of studies used.</summary>
    public required int K { get; init; }
    /// <summary>p: number of coefficients.</summary>
    public required int P { get; init; }
    /// <summary>Options used for the fit.</summary>
    public required RmaOptions Options { get; init; }
    /// <summary>Coefficient names (e.g. <c>intrcpt</c>).</summary>
    public required IReadOnlyList<string> CoefNames { get; init; }
    /// <summary>beta: estimated coefficients.</summary>
    public required IReadOnlyList<double> Beta { get; init; }
    /// <summary>se: standard errors of the coefficients.</summary>
    public required IReadOnlyList<double> Se { get; init; }
    /// <summary>zval: test statistics (z or t).</summary>
    public required IReadOnlyList<double> Zval { get; init; }
    /// <summary>pval: p values.</summary>
    public required IReadOnlyList<double> Pval { get; init; }
    /// <summary>ci.lb: lower confidence limits.</summary>
    public required IReadOnlyList<double> CiLb { get; init; }
    /// <summary>ci.ub: upper confidence limits.</summary>
    public required IReadOnlyList<double> CiUb { get; init; }
    /// <summary>vb: variance-covariance matrix of the coefficients (rows).</summary>
    public required IReadOnlyList<IReadOnlyList<double>> Vb { get; init; }
    /// <summary>tau2: estimated between-study variance.</summary>
    public required double Tau2 { get; init; }
    /// <summary>se.tau2: standard error of tau² (NaN for EE).</summary>
    public required double SeTau2 { get; init; }
    /// <summary>I2: I² in percent.</summary>
    public required double I2 { get; init; }
    /// <summary>H2: H².</summary>
    public required double H2 { get; init; }
    /// <summary>vt: typical within-study variance used for I²/H².</summary>
    public required double Vt { get; init; }
    /// <summary>R2: pseudo-R² in percent (NaN when not defined).</summary>
    public required double R2 { get; init; }
    /// <summary>QE: test statistic for residual heterogeneity.</summary>
    public required double QE { get; init; }
    /// <summary>QEdf: degrees of freedom of QE (k - p).</summary>
    public required int QEdf { get; init; }
    /// <summary>QEp: p value of QE.</summary>
    public required double QEp { get; init; }
    /// <summary>QM: omnibus test of the moderators (F for t-type tests).</summary>
    public required double QM { get; init; }
    /// <summary>QMdf[1]: numerator degrees of freedom.</summary>
    public required int QMdf1 { get; init; }
    /// <summary>QMdf[2]: denominator degrees of freedom (NaN for chi-square tests).</summary>
    public required double QMdf2 { get; init; }
    /// <summary>QMp: p value of QM.</summary>
    public required double QMp { get; init; }
    /// <summary>ddf: degrees of freedom of t tests (NaN for z).</summary>
    public required double Ddf { get; init; }
    /// <summary>s2w: Knapp-Hartung scale factor (1 unless knha/adhoc).</summary>
    public required double S2w { get; init; }
    /// <summary>ML fit statistics.</summary>
    public required FitStatistics FitML { get; init; }
    /// <summary>REML fit statistics.</summary>
    public required FitStatistics FitREML { get; init; }
    /// <summary>weights(res): weights in percent, computed on demand from <see cref="Vi"/> and <see cref="Tau2"/> (or the user weights).</summary>
    public required IReadOnlyList<double> WeightsPercent { get; init; }
    /// <summary>Whether the tau² estimator converged.</summary>
    public required bool Converged { get; init; }
    /// <summary>Fisher-scoring iterations used (0 for closed-form estimators).</summary>
    public required int Iterations { get; init; }
    /// <summary>Warnings as metafor emits them.</summary>
    public required IReadOnlyList<string> Warnings { get; init; }
    /// <summary>Advice that metafor does not print (e.g. consider Knapp-Hartung for small k).</summary>
    public required IReadOnlyList<string> Suggestions { get; init; }
    /// <summary>yi of the studies used: the caller's array itself when it was passed as an array and no study was dropped.</summary>
    public required IReadOnlyList<double> Yi { get; init; }
    /// <summary>vi of the studies used: the caller's array itself when it was passed as an array and no study was dropped.</summary>
    public required IReadOnlyList<double> Vi { get; init; }
    /// <summary>Indices (into the input) of the studies used.</summary>
    public required IReadOnlyList<int> RowsUsed { get; init; }
    /// <summary>Model matrix of the studies used.</summary>
    public required ModelMatrix X { get; init; }
    /// <summary>User weights of the studies used, or null.</summary>
    public IReadOnlyList<double>? Weights { get; init; }
}
