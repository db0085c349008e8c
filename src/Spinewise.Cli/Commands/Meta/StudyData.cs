using Spinewise.Evidence.Data;
using Spinewise.Evidence.EffectSizes;

namespace Spinewise.Cli.Commands.Meta;

/// <summary>Study-level input of a model: labels, yi/vi (computed by escalc or read), the table and the settings echoed.</summary>
/// <param name="Table">The CSV table.</param>
/// <param name="Labels">Study labels in row order.</param>
/// <param name="Yi">Effect sizes (NaN = missing).</param>
/// <param name="Vi">Sampling variances (NaN = missing).</param>
/// <param name="Measure">The escalc measure, or null when yi/vi were read.</param>
/// <param name="Settings">Settings to echo in JSON.</param>
internal sealed record StudyData(
    CsvTable Table, IReadOnlyList<string> Labels, double[] Yi, double[] Vi, EffectMeasure? Measure, Dictionary<string, object?> Settings);
