namespace Spinewise.Evidence.Multivariate;

/// <summary>Wald test that a subset of coefficients is zero (metafor's <c>anova(res, btt = …)</c>).</summary>
/// <param name="Btt">Indices of the coefficients tested.</param>
/// <param name="QM">QM: chi-square statistic (z tests) or F statistic (t tests).</param>
/// <param name="QMdf1">QMdf[1]: number of coefficients tested.</param>
/// <param name="QMdf2">QMdf[2]: denominator degrees of freedom (NaN for z tests).</param>
/// <param name="QMp">QMp: p value.</param>
public sealed record MvWaldTest(IReadOnlyList<int> Btt, double QM, int QMdf1, double QMdf2, double QMp);
