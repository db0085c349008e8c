using Spinewise.Application.Meta.Contracts;
using Spinewise.Application.Meta.Internal;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Plots;
using Spinewise.Evidence.PublicationBias;
using static Spinewise.Application.Meta.MetaNumber;

namespace Spinewise.Application.Meta;

/// <summary><c>meta trimfill</c>: Duval and Tweedie's trim and fill, as metafor's trimfill(), with its funnel plot.</summary>
public sealed class TrimFillUseCase
{
    private static readonly string[] Estimators = ["L0", "R0"];
    private static readonly string[] Sides = ["left", "right"];

    /// <summary>The options without a plot: study data, the model's, estimator and side.</summary>
    public static IReadOnlyList<MetaOptionSpec> Options { get; } =
    [
        .. MetaOptionCatalog.Study, .. MetaOptionCatalog.Model,
        new("estimator", MetaOptionKind.Text, "ESTIMATOR", "L0 (default) or R0.", Estimators),
        new("side", MetaOptionKind.Text, "SIDE", "left or right (default: chosen as metafor does, from the sign of the sqrt(vi) slope).", Sides),
    ];

    /// <summary>The options with a funnel plot: <see cref="Options"/> and the plot size.</summary>
    public static IReadOnlyList<MetaOptionSpec> PlotOptions { get; } = [.. Options, .. MetaOptionCatalog.PlotSize];

    /// <summary>Runs trim and fill; with <paramref name="funnel"/>, draws the funnel plot with the filled studies.</summary>
    /// <param name="request">Rows and options.</param>
    /// <param name="funnel">The funnel plot's format, or null for none.</param>
    /// <returns>The analysis and the plot (null when not asked), or every diagnostic.</returns>
    public MetaResult<MetaAnalysis<TrimFillReport, TrimFillAnalysis>> Run(MetaRequest request, PlotFormat? funnel = null)
    {
        var s = new ModelSession(request, funnel is null ? Options : PlotOptions);
        var estimator = s.Options.Choice("estimator", Estimators) ?? "L0";
        var side = s.Options.Choice("side", Sides);
        var size = funnel is null ? null : Internal.PlotOptions.Size(s.Options);
        return s.Diagnostics.Run(() =>
        {
            if (s.Load() is not var (data, options) || s.Fit(data, options, "trimfill", 2) is not { } fit) return null;
            var res = TrimFill.Compute(fit, side, Enum.Parse<TrimFillEstimator>(estimator));
            byte[]? image = null;
            if (funnel is { } format)
            {
                var filled = Enumerable.Range(0, res.Yi.Count).Where(i => res.Fill[i]).Select(i => new FunnelPoint(res.Yi[i], res.Vi[i])).ToList();
                image = FunnelPlot.Render(data.Measure, res.Model, filled, size!, format);
            }

            var report = new TrimFillReport(RmaReports.Model(res.Model, Rma.Predict(res.Model), RmaReports.Confint(res.Model)))
            {
                Settings = new TrimFillSettings(s.Settings(options)) { Estimator = estimator, Side = side ?? "default" },
                K0 = res.K0, SeK0 = res.SeK0, PK0 = res.PK0, Side = res.Side, Estimator = res.Estimator.ToString(),
                AugmentedYi = List(res.Yi), AugmentedVi = List(res.Vi), AugmentedFill = [.. res.Fill],
            };
            return new MetaAnalysis<TrimFillReport, TrimFillAnalysis>(report, new TrimFillAnalysis(res, image), data);
        });
    }
}
