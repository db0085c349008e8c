using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.Multivariate;

/// <summary>A fitted rma.mv model; names follow metafor's result fields.</summary>
public sealed record RmaMvResult
{
    /// <summary>k: number of effect sizes.</summary>
    public required int K { get; init; }
    /// <summary>p: number of coefficients.</summary>
    public required int P { get; init; }
    /// <summary>Options used for the fit (a model without random terms is fitted as EE whatever the method).</summary>
    public required RmaMvOptions Options { get; init; }
    /// <summary>Coefficient names (the model matrix's column names).</summary>
    public required IReadOnlyList<string> CoefNames { get; init; }
    /// <summary>beta: estimated coefficients.</summary>
    public required IReadOnlyList<double> Beta { get; init; }
    /// <summary>se: standard errors.</summary>
    public required IReadOnlyList<double> Se { get; init; }
    /// <summary>zval: test statistics (z or t).</summary>
    public required IReadOnlyList<double> Zval { get; init; }
    /// <summary>pval: p values.</summary>
    public required IReadOnlyList<double> Pval { get; init; }
    /// <summary>ci.lb: lower confidence limits.</summary>
    public required IReadOnlyList<double> CiLb { get; init; }
    /// <summary>ci.ub: upper confidence limits.</summary>
    public required IReadOnlyList<double> CiUb { get; init; }
    /// <summary>vb: covariance matrix of the coefficients (rows).</summary>
    public required IReadOnlyList<IReadOnlyList<double>> Vb { get; init; }
    /// <summary>sigma2: σ² of each <c>~ 1 | …</c> level, in the order of <see cref="Sigma2Names"/>.</summary>
    public required IReadOnlyList<double> Sigma2 { get; init; }
    /// <summary>s.names: metafor's names of the σ² components (e.g. <c>district</c>, <c>district/school</c>).</summary>
    public required IReadOnlyList<string> Sigma2Names { get; init; }
    /// <summary>tau2 of the first <c>~ inner | outer</c> term, or null.</summary>
    public required double? Tau2 { get; init; }
    /// <summary>rho of the first <c>~ inner | outer</c> term (fixed or estimated), or null.</summary>
    public required double? Rho { get; init; }
    /// <summary>gamma2 of the second <c>~ inner | outer</c> term, or null.</summary>
    public required double? Gamma2 { get; init; }
    /// <summary>phi of the second <c>~ inner | outer</c> term, or null.</summary>
    public required double? Phi { get; init; }
    /// <summary>QE: test for residual heterogeneity, (y - Xb)' V⁻¹ (y - Xb) with b the V-weighted estimate.</summary>
    public required double QE { get; init; }
    /// <summary>QEdf: k - p.</summary>
    public required int QEdf { get; init; }
    /// <summary>QEp: p value of QE.</summary>
    public required double QEp { get; init; }
    /// <summary>QM: omnibus test of all coefficients except the intercept (F for t tests).</summary>
    public required double QM { get; init; }
    /// <summary>QMdf[1].</summary>
    public required int QMdf1 { get; init; }
    /// <summary>QMdf[2] (NaN for z tests).</summary>
    public required double QMdf2 { get; init; }
    /// <summary>QMp: p value of QM.</summary>
    public required double QMp { get; init; }
    /// <summary>ddf: degrees of freedom of t tests (k - p; NaN for z).</summary>
    public required double Ddf { get; init; }
    /// <summary>parms: number of parameters (p plus the estimated variance components and correlations).</summary>
    public required int Parms { get; init; }
    /// <summary>ML fit statistics at the estimates.</summary>
    public required FitStatistics FitML { get; init; }
    /// <summary>REML fit statistics at the estimates.</summary>
    public required FitStatistics FitREML { get; init; }
    /// <summary>Whether the optimiser converged.</summary>
    public required bool Converged { get; init; }
    /// <summary>Fisher-scoring iterations used.</summary>
    public required int Iterations { get; init; }
    /// <summary>Number of independent blocks (clusters) the marginal covariance splits into.</summary>
    public required int Blocks { get; init; }
    /// <summary>Model matrix used.</summary>
    public required ModelMatrix X { get; init; }
    /// <summary>The validated model the fit came from (for profile fits of <see cref="RmaMv.Confint"/>).</summary>
    internal MvSpec? Spec { get; init; }
}
