namespace Spinewise.Evidence.Plots;

/// <summary>One row of a forest plot: a study, a subgroup header, a pooled estimate or a prediction interval.</summary>
/// <param name="Label">Text on the left.</param>
/// <param name="Kind">What the row shows.</param>
/// <param name="Estimate">Point estimate (analysis scale).</param>
/// <param name="Lower">Lower limit.</param>
/// <param name="Upper">Upper limit.</param>
/// <param name="Weight">Weight in percent (studies), NaN otherwise.</param>
public sealed record ForestRow(string Label, ForestRowKind Kind, double Estimate, double Lower, double Upper, double Weight);
