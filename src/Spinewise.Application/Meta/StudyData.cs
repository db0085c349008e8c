using Spinewise.Evidence.Data;
using Spinewise.Evidence.EffectSizes;

namespace Spinewise.Application.Meta;

/// <summary>Study-level input of a model: the rows read, the labels, and yi/vi (computed by escalc or read).</summary>
/// <param name="Table">The rows as a table.</param>
/// <param name="Labels">Study labels in row order.</param>
/// <param name="Yi">Effect sizes (NaN = missing).</param>
/// <param name="Vi">Sampling variances (NaN = missing).</param>
/// <param name="Measure">The escalc measure, or null when yi/vi were read.</param>
public sealed record StudyData(CsvTable Table, IReadOnlyList<string> Labels, IReadOnlyList<double> Yi, IReadOnlyList<double> Vi, EffectMeasure? Measure);
