using Spinewise.Application.Meta;
using Spinewise.Evidence.EffectSizes;
using Spinewise.Evidence.Models;

namespace Spinewise.Web.Pages.Evidence;

/// <summary>The form's fields and their choices, generated from the meta-analysis option catalog and the engine's enums.</summary>
internal static class WorkbenchFields
{
    private static readonly Dictionary<string, MetaOptionSpec> Specs = RmaUseCase.Options.ToDictionary(o => o.Name, StringComparer.Ordinal);

    /// <summary>The fields the form lays out itself (the rest are generic, under "More options").</summary>
    private static readonly HashSet<string> Laid = ["measure", "method", "test", "level", "mods", "intercept", "subgroup"];

    /// <summary>The estimators (metafor's method).</summary>
    public static IReadOnlyList<string> Methods { get; } = Enum.GetNames<TauSquaredEstimator>();

    /// <summary>The tests, spelled as metafor's test argument.</summary>
    public static IReadOnlyList<string> Tests { get; } = [.. Enum.GetNames<TestType>().Select(t => t.ToLowerInvariant())];

    /// <summary>Every escalc measure the engine computes.</summary>
    public static IReadOnlyList<EffectMeasure> Measures { get; } = Enum.GetValues<EffectMeasure>();

    /// <summary>The option of that name.</summary>
    public static MetaOptionSpec Spec(string name) => Specs[name];

    /// <summary>The generic fields: the model's control values, weights, and escalc's zero-cell and variance options.</summary>
    public static IReadOnlyList<MetaOptionSpec> More { get; } =
        [.. RmaUseCase.Options.Where(o => !Laid.Contains(o.Name) && !WorkbenchQuery.MappingOptions.Contains(o.Name))];

    /// <summary>The column-mapping fields of uploaded rows: label, yi/vi and metafor's escalc arguments.</summary>
    public static IReadOnlyList<MetaOptionSpec> Columns { get; } = [.. RmaUseCase.Options.Where(o => WorkbenchQuery.MappingOptions.Contains(o.Name))];

    /// <summary>Whether the form shows a field of that name (so an error on it goes beside it).</summary>
    public static bool Shows(string name, bool dataset) => Laid.Contains(name) || More.Any(o => o.Name == name) || (!dataset && Columns.Any(o => o.Name == name));
}
