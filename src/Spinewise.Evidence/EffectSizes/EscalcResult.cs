using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.EffectSizes;

/// <summary>Effect sizes and sampling variances (metafor's escalc output); missing values are NaN.</summary>
/// <param name="Measure">The measure computed.</param>
/// <param name="Yi">yi: observed effect sizes, in row order.</param>
/// <param name="Vi">vi: sampling variances, in row order.</param>
/// <param name="Warnings">Warnings as metafor would emit them.</param>
/// <param name="Diagnostics">Problems in the input data (row and column named).</param>
public sealed record EscalcResult(
    EffectMeasure Measure,
    IReadOnlyList<double> Yi,
    IReadOnlyList<double> Vi,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<DataDiagnostic> Diagnostics)
{
    /// <summary>Number of rows.</summary>
    public int K => Yi.Count;
}
