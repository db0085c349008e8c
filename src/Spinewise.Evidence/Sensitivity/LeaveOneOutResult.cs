namespace Spinewise.Evidence.Sensitivity;

/// <summary>Leave-one-out results, one entry per omitted study (metafor's leave1out columns).</summary>
/// <param name="Estimate">estimate: pooled estimate without study i.</param>
/// <param name="Se">se.</param>
/// <param name="Zval">zval (or tval for t-type tests).</param>
/// <param name="Pval">pval.</param>
/// <param name="CiLb">ci.lb.</param>
/// <param name="CiUb">ci.ub.</param>
/// <param name="Q">Q: heterogeneity statistic.</param>
/// <param name="Qp">Qp: its p value.</param>
/// <param name="Tau2">tau2.</param>
/// <param name="I2">I2 (%).</param>
/// <param name="H2">H2.</param>
public sealed record LeaveOneOutResult(
    IReadOnlyList<double> Estimate, IReadOnlyList<double> Se, IReadOnlyList<double> Zval, IReadOnlyList<double> Pval,
    IReadOnlyList<double> CiLb, IReadOnlyList<double> CiUb, IReadOnlyList<double> Q, IReadOnlyList<double> Qp,
    IReadOnlyList<double> Tau2, IReadOnlyList<double> I2, IReadOnlyList<double> H2);
