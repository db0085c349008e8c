namespace Spinewise.Evidence.Diagnostics;

/// <summary>Case diagnostics of a fitted model, as metafor's <c>influence()</c> (one entry per study, in model order).</summary>
/// <param name="Rstudent">Studentized deleted residuals.</param>
/// <param name="Dffits">DFFITS values.</param>
/// <param name="CookD">Cook's distances.</param>
/// <param name="CovR">Covariance ratios det(vb without i) / det(vb).</param>
/// <param name="Tau2Del">tau² of the model without study i.</param>
/// <param name="QEDel">QE of the model without study i.</param>
/// <param name="Hat">Diagonal of the hat matrix.</param>
/// <param name="Weight">Weights in percent.</param>
/// <param name="Dfbs">DFBETAS per coefficient (outer index: coefficient, inner: study).</param>
/// <param name="IsInfluential">metafor's rule: |DFFITS| &gt; 3√(p/(k−p)), or P(χ²ₚ ≤ Cook's D) &gt; .5, or hat &gt; 3p/k, or any |DFBETAS| &gt; 1.</param>
public sealed record InfluenceResult(
    IReadOnlyList<double> Rstudent,
    IReadOnlyList<double> Dffits,
    IReadOnlyList<double> CookD,
    IReadOnlyList<double> CovR,
    IReadOnlyList<double> Tau2Del,
    IReadOnlyList<double> QEDel,
    IReadOnlyList<double> Hat,
    IReadOnlyList<double> Weight,
    IReadOnlyList<IReadOnlyList<double>> Dfbs,
    IReadOnlyList<bool> IsInfluential);
