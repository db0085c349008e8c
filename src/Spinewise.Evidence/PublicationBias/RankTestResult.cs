namespace Spinewise.Evidence.PublicationBias;

/// <summary>Begg and Mazumdar's rank correlation test for funnel plot asymmetry, as metafor's <c>ranktest()</c>.</summary>
/// <param name="Tau">Kendall's tau (tau-b) between the standardised deviates and the sampling variances.</param>
/// <param name="Pval">Two-sided p value: exact when requested and there are no ties (and k &lt; 50 when not requested), otherwise the normal approximation.</param>
/// <param name="Exact">True when the exact distribution was used.</param>
/// <param name="TiesPresent">True when either variable has ties.</param>
/// <param name="Warnings">Warnings as R gives them (e.g. no exact p value with ties).</param>
public sealed record RankTestResult(double Tau, double Pval, bool Exact, bool TiesPresent, IReadOnlyList<string> Warnings);
