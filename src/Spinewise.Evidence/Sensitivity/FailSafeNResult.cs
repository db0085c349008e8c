namespace Spinewise.Evidence.Sensitivity;

/// <summary>Result of <see cref="FailSafeN.Compute"/> (metafor's fsn fields; NaN = NA).</summary>
/// <param name="Type">Method used.</param>
/// <param name="FsNum">fsnum: fail-safe N (rounded up as metafor does).</param>
/// <param name="Alpha">alpha: significance level.</param>
/// <param name="Pval">pval: p value of the observed data (Rosenthal, Rosenberg).</param>
/// <param name="MeanEs">meanes: average effect (Orwin, Rosenberg).</param>
/// <param name="Target">target: target effect (Orwin).</param>
public sealed record FailSafeNResult(FailSafeType Type, double FsNum, double Alpha, double Pval, double MeanEs, double Target);
