namespace Spinewise.Evidence.Models;

/// <summary>Output of <see cref="Rma.Predict"/> (metafor's predict.rma fields).</summary>
/// <param name="Pred">pred: predicted values.</param>
/// <param name="Se">se: standard errors.</param>
/// <param name="CiLb">ci.lb: lower confidence limits.</param>
/// <param name="CiUb">ci.ub: upper confidence limits.</param>
/// <param name="PiLb">pi.lb: lower prediction limits.</param>
/// <param name="PiUb">pi.ub: upper prediction limits.</param>
public sealed record RmaPrediction(
    IReadOnlyList<double> Pred,
    IReadOnlyList<double> Se,
    IReadOnlyList<double> CiLb,
    IReadOnlyList<double> CiUb,
    IReadOnlyList<double> PiLb,
    IReadOnlyList<double> PiUb);
