using Spinewise.Evidence.EffectSizes;

namespace Spinewise.Evidence.Plots;

/// <summary>The studies a forest plot draws, in row order (the rows given to the model, before NA rows were dropped).</summary>
/// <param name="Labels">Study labels.</param>
/// <param name="Yi">Effect sizes (NaN = missing, not drawn).</param>
/// <param name="Vi">Sampling variances (NaN = missing, not drawn).</param>
/// <param name="Measure">The escalc measure, or null when yi/vi were given; ratio measures are labelled back-transformed.</param>
/// <param name="Groups">Each study's subgroup label when the plot is by subgroup, otherwise null.</param>
public sealed record StudySeries(
    IReadOnlyList<string> Labels, IReadOnlyList<double> Yi, IReadOnlyList<double> Vi, EffectMeasure? Measure, IReadOnlyList<string?>? Groups = null);
