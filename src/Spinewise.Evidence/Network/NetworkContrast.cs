namespace Spinewise.Evidence.Network;

/// <summary>One treatment difference <c>Treatment1 - Treatment2</c> from a network fit.</summary>
/// <param name="Treatment1">First treatment.</param>
/// <param name="Treatment2">Second treatment (subtracted).</param>
/// <param name="Pred">pred: estimated difference.</param>
/// <param name="Se">se: its standard error.</param>
/// <param name="CiLb">ci.lb: lower confidence limit.</param>
/// <param name="CiUb">ci.ub: upper confidence limit.</param>
/// <param name="PiLb">pi.lb: lower prediction limit (NaN without tau²).</param>
/// <param name="PiUb">pi.ub: upper prediction limit (NaN without tau²).</param>
public sealed record NetworkContrast(
    string Treatment1, string Treatment2, double Pred, double Se, double CiLb, double CiUb, double PiLb, double PiUb)
{
    /// <summary>Label as metafor's help page writes it: <c>"A - B"</c>.</summary>
    public string Label => $"{Treatment1} - {Treatment2}";
}
