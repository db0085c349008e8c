using Spinewise.Evidence.EffectSizes;
using Spinewise.Application.Meta.Internal;
using static Spinewise.Application.Meta.MetaOptionKind;

namespace Spinewise.Application.Meta;

/// <summary>The options the meta-analysis use cases share, by group; each use case lists its own in <c>Options</c>.</summary>
public static class MetaOptionCatalog
{
    /// <summary>The plot size options (forest and funnel plots).</summary>
    public static IReadOnlyList<MetaOptionSpec> PlotSize { get; } =
    [
        new("plot-width", Whole, "PX", $"Plot width in pixels at 96 DPI (default {Evidence.Plots.PlotSize.DefaultWidth})."),
        new("plot-height", Whole, "PX", "Plot height in pixels at 96 DPI (default: from the rows drawn)."),
        new("plot-dpi", Whole, "DPI", "Resolution: 96 (default); 192 or 300 scale pixels, lines and text for print."),
    ];

    /// <summary>The row limit of forest plots.</summary>
    public static MetaOptionSpec ForestMaxRows { get; } =
        new("forest-max-rows", Whole, "N", $"Most studies a forest plot draws (default {PlotOptions.DefaultMaxRows}); above, the analysis stops before fitting.");

    /// <summary>rma.uni's options (estimator, test, level, weights, control values).</summary>
    public static IReadOnlyList<MetaOptionSpec> Model { get; } =
    [
        new("method", MetaOptionKind.Text, "M", "tau² estimator: EE, FE, DL, HE, HS, SJ, ML, REML (default), EB, PM."),
        new("test", MetaOptionKind.Text, "T", "Test of the coefficients: z (default), t, knha, adhoc."),
        new("level", Number, "L", "Confidence level: 95 (percent) or 0.95 (fraction), as metafor's level (default 95)."),
        new("weights", MetaOptionKind.Text, "COLUMN", "Column of user weights (default inverse-variance)."),
        new("threshold", Number, "X", "Fisher-scoring convergence threshold (metafor control threshold, default 1e-5)."),
        new("maxiter", Whole, "N", "Maximum Fisher-scoring iterations (default 100)."),
        new("tol", Number, "X", "Root-finding tolerance (uniroot) for the PM estimate and the Q-profile CIs of tau², tau, I², H² (metafor control tol, default 1.22e-4)."),
    ];

    /// <summary>Moderators of a meta-regression.</summary>
    public static IReadOnlyList<MetaOptionSpec> Moderators { get; } =
    [
        new("mods", MetaOptionKind.Text, "COLS", "Moderator columns, comma-separated; numeric columns enter as is, text columns and factor(COL) as factors."),
        new("intercept", Flag, "BOOL", "Include an intercept with moderators (true|false, default true)."),
    ];

    /// <summary>escalc's zero-cell options.</summary>
    public static IReadOnlyList<MetaOptionSpec> ZeroCells { get; } =
    [
        new("add", Number, "X", "Zero-cell correction (metafor add; default 1/2, 0 for AS/PAS/PFT)."),
        new("to", MetaOptionKind.Text, "RULE", "Where add applies: only0 (default), all, if0all, none."),
        new("drop00", Flag, "BOOL", "Set double-zero (or double-all) tables to missing (true|false)."),
    ];

    /// <summary>escalc's sampling-variance type.</summary>
    public static MetaOptionSpec VType { get; } = new("vtype", MetaOptionKind.Text, "V", "Sampling-variance type: LS (default) or UB.");

    /// <summary>The study-data options of the model-based analyses: the measure and columns for escalc, or yi/vi columns, and labels.</summary>
    public static IReadOnlyList<MetaOptionSpec> Study { get; } =
    [
        Measure("Compute yi/vi with escalc from raw columns (RR, OR, RD, SMD, ...); without it, yi/vi columns are read."),
        .. ZeroCells, VType, .. Columns(null),
        new("yi", MetaOptionKind.Text, "COLUMN", "Column of effect sizes when --measure is not given (default yi)."),
        new("vi", MetaOptionKind.Text, "COLUMN", "Column of sampling variances when --measure is not given (default vi)."),
        new("label", MetaOptionKind.Text, "COLUMN", "Column of study labels (default: the first of label, author, study, trial, id)."),
    ];

    /// <summary>The measure option with its help text.</summary>
    /// <param name="description">Help text.</param>
    /// <returns>The option.</returns>
    public static MetaOptionSpec Measure(string description) => new("measure", MetaOptionKind.Text, "M", description);

    /// <summary>The column-mapping options <c>ai</c>, <c>bi</c>, … of the measures given (null: all).</summary>
    /// <param name="measures">The measures, or null for every column.</param>
    /// <returns>The options.</returns>
    public static IReadOnlyList<MetaOptionSpec> Columns(IReadOnlyList<EffectMeasure>? measures)
    {
        var used = measures?.SelectMany(MeasureColumns.Required).SelectMany(a => a).ToHashSet();
        return [.. MeasureColumns.All.Where(a => used is null || used.Contains(a))
            .Select(a => new MetaOptionSpec(a, MetaOptionKind.Text, "COLUMN", $"CSV column holding metafor's {a} (default: a column named {a})."))];
    }
}
