using Spinewise.Application.Meta.Contracts;
using Spinewise.Application.Meta.Internal;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Plots;

namespace Spinewise.Application.Meta;

/// <summary><c>meta rma</c>: random/mixed/equal-effects model, meta-regression, subgroups, forest and funnel plots, as metafor's rma().</summary>
public sealed class RmaUseCase
{
    private static readonly MetaOptionSpec Subgroup = new("subgroup", MetaOptionKind.Text, "COLUMN", "Column of subgroup labels: per-group fits and the test for subgroup differences.");

    /// <summary>The options of an rma run without plots.</summary>
    public static IReadOnlyList<MetaOptionSpec> Options { get; } = [.. MetaOptionCatalog.Study, .. MetaOptionCatalog.Model, .. MetaOptionCatalog.Moderators, Subgroup];

    /// <summary>The options of an rma run that draws plots: <see cref="Options"/>, the plot size and the forest row limit.</summary>
    public static IReadOnlyList<MetaOptionSpec> PlotOptions { get; } = [.. Options, .. MetaOptionCatalog.PlotSize, MetaOptionCatalog.ForestMaxRows];

    /// <summary>Fits the model, and draws the plots asked for.</summary>
    /// <param name="request">Rows and options.</param>
    /// <param name="plots">The plots to draw, or null for none.</param>
    /// <returns>The analysis, or every diagnostic.</returns>
    public MetaResult<MetaAnalysis<RmaReport, RmaAnalysis>> Run(MetaRequest request, RmaPlotRequest? plots = null)
    {
        var s = new ModelSession(request, plots is null ? Options : PlotOptions);
        s.Model.CheckModerators();
        var group = s.Options.Text("subgroup");
        if (group is not null && s.Model.Mods.Count > 0) s.Options.Conflict("subgroup", "cannot be combined with --mods (use --mods factor(COLUMN) for a moderator model)");
        var size = plots is null ? null : Internal.PlotOptions.Size(s.Options);
        int maxRows = plots?.Forest is null ? int.MaxValue : Internal.PlotOptions.MaxRows(s.Options);
        return s.Diagnostics.Run(() =>
        {
            if (plots?.Forest is not null && !Internal.PlotOptions.CheckRows(s.Diagnostics, "forest", StudyLoader.Read(request.Rows).RowCount, maxRows)) return null;
            if (s.Load() is not var (data, options)) return null;
            var x = s.Model.Matrix(data);
            var fit = Rma.Fit([.. data.Yi], [.. data.Vi], options, x);
            var prediction = x is null ? Rma.Predict(fit) : null;
            var confint = RmaReports.Confint(fit);
            var sub = group is null ? null : SubgroupAnalysis.Run([.. data.Yi], [.. data.Vi], data.Table.Text(group), options, $"factor({group})");
            var settings = new RmaSettings(s.RegressionSettings(options)) { Subgroup = group };
            var report = new RmaReport(RmaReports.Model(fit, prediction, confint)) { Settings = settings };
            if (sub is not null) report = SubgroupReports.With(report, sub);
            byte[]? forest = null, funnel = null;
            if (plots?.Forest is { } ff)
            {
                var studies = new StudySeries(data.Labels, data.Yi, data.Vi, data.Measure, group is null ? null : data.Table.Text(group));
                forest = ForestPlot.Render(studies, fit, prediction, sub, size!, ff);
            }

            if (plots?.Funnel is { } uf) funnel = FunnelPlot.Render(data.Measure, fit, null, size!, uf);
            return new MetaAnalysis<RmaReport, RmaAnalysis>(report, new RmaAnalysis(fit, prediction, confint, sub, forest, funnel), data);
        });
    }

    /// <summary>The forest plot of the model (<c>POST /api/meta/rma/forest</c>).</summary>
    /// <param name="request">Rows and options (<see cref="PlotOptions"/>).</param>
    /// <param name="format">SVG or PNG.</param>
    /// <returns>The image bytes, or every diagnostic.</returns>
    public MetaResult<byte[]> Forest(MetaRequest request, PlotFormat format) => Image(Run(request, new RmaPlotRequest(format, null)), a => a.ForestImage!);

    /// <summary>The funnel plot of the model (<c>POST /api/meta/rma/funnel</c>).</summary>
    /// <param name="request">Rows and options (<see cref="PlotOptions"/>).</param>
    /// <param name="format">SVG or PNG.</param>
    /// <returns>The image bytes, or every diagnostic.</returns>
    public MetaResult<byte[]> Funnel(MetaRequest request, PlotFormat format) => Image(Run(request, new RmaPlotRequest(null, format)), a => a.FunnelImage!);

    private static MetaResult<byte[]> Image(MetaResult<MetaAnalysis<RmaReport, RmaAnalysis>> run, Func<RmaAnalysis, byte[]> pick) =>
        run.TryGetValue(out var a) ? MetaResult.Success(pick(a.Result)) : MetaResult.Failure<byte[]>(run.Diagnostics);
}
