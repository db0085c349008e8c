namespace Spinewise.Evidence.Models;

/// <summary>One inverse-variance weighted least-squares fit, w = 1/(vi + tau²), with the sums the estimators use.</summary>
/// <param name="Tau2">The tau² of the weights.</param>
/// <param name="Beta">Coefficients.</param>
/// <param name="A">(X'WX)⁻¹, row-major.</param>
/// <param name="LogDetXtWX">log|X'WX|.</param>
/// <param name="Rss">y'Py = Σ w e² (the generalised Q statistic).</param>
/// <param name="RssP2">y'PPy = Σ (w e)².</param>
/// <param name="SumW">Σ w.</param>
/// <param name="SumW2">Σ w².</param>
/// <param name="TraceP">tr(P) (NaN unless <paramref name="HasTraces"/>).</param>
/// <param name="TracePP">tr(PP) (NaN unless <paramref name="HasTraces"/>).</param>
/// <param name="HasTraces">Whether the traces were computed.</param>
internal sealed record IvFit(
    double Tau2, double[] Beta, double[] A, double LogDetXtWX, double Rss, double RssP2,
    double SumW, double SumW2, double TraceP, double TracePP, bool HasTraces);
