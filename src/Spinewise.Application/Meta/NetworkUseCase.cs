using Spinewise.Application.Meta.Contracts;
using Spinewise.Application.Meta.Internal;
using Spinewise.Evidence.Network;
using Spinewise.Evidence.Plots;
using static Spinewise.Application.Meta.MetaOptionKind;

namespace Spinewise.Application.Meta;

/// <summary>
/// <c>meta network</c>: network meta-analysis from arm-level rows (metafor's to.wide + escalc + contrmat + rma.mv
/// workflow): effects vs the reference, league table, P-scores/SUCRA, inconsistency, direct/indirect split, plots.
/// </summary>
public sealed class NetworkUseCase
{
    /// <summary>The options of a network run without plots.</summary>
    public static IReadOnlyList<MetaOptionSpec> Options { get; } =
    [
        new("study", MetaOptionKind.Text, "COLUMN", "Column naming each arm's study (default study)."),
        new("treatment", MetaOptionKind.Text, "COLUMN", "Column naming each arm's treatment (default treatment)."),
        MetaOptionCatalog.Measure("Contrasts built from the arms: MD (default), SMD, ROM from means (mi, sdi, ni); OR, RR, RD, AS from events (xi, ni)."),
        new("xi", MetaOptionKind.Text, "COLUMN", "Column of events per arm (default xi)."),
        new("ni", MetaOptionKind.Text, "COLUMN", "Column of arm sizes (default ni)."),
        new("mi", MetaOptionKind.Text, "COLUMN", "Column of arm means (default mi)."),
        new("sdi", MetaOptionKind.Text, "COLUMN", "Column of arm standard deviations (default sdi)."),
        new("yi", MetaOptionKind.Text, "COLUMN", "Column of arm estimates given directly (with --sei; instead of --measure)."),
        new("sei", MetaOptionKind.Text, "COLUMN", "Column of the arm estimates' standard errors."),
        new("reference", MetaOptionKind.Text, "TRT", "Reference treatment (default: the most frequent, as metafor's to.wide)."),
        new("model", MetaOptionKind.Text, "MODEL", "Model reported: consistency (default; contrast-based, ~ comp | study, rho 1/2), inconsistency (adds ~ comp | design, phi 1/2), arm (arm-based)."),
        new("method", MetaOptionKind.Text, "M", "Estimator: REML (default), ML, EE (FE)."),
        new("small-values", MetaOptionKind.Text, "GOOD|BAD", "Whether small effects are good (default) or bad, for the ranking."),
        new("level", Number, "L", "Confidence level: 95 (percent) or 0.95 (fraction) (default 95)."),
        new("subgroup", MetaOptionKind.Text, "COLUMN", "Study-level column (one value per study, e.g. the diagnosis): the network fitted again within each subgroup, against the same reference, and the Wald test that the treatment effects are equal across subgroups."),
        new("moderator", MetaOptionKind.Text, "COLUMN", "Numeric study-level column (one value per study, e.g. 0/1 for a diagnosis): network meta-regression with a treatment x moderator interaction per treatment, and the Wald test that the moderator changes no treatment effect."),
        new("confint", Flag, "BOOL", "Profile-likelihood CI of tau^2 (and gamma^2 of the inconsistency model) of the reported model (true|false, default false), as metafor's confint(res); rho and phi are fixed and get none."),
    ];

    /// <summary>The options of a network run that draws plots: <see cref="Options"/> and the plot size.</summary>
    public static IReadOnlyList<MetaOptionSpec> PlotOptions { get; } = [.. Options, .. MetaOptionCatalog.PlotSize];

    /// <summary>Fits the network, and draws the plots asked for.</summary>
    /// <param name="request">Arm rows and options.</param>
    /// <param name="plots">The plots to draw, or null for none.</param>
    /// <returns>The analysis, or every diagnostic.</returns>
    public MetaResult<MetaAnalysis<NetworkReport, NetworkAnalysis>> Run(MetaRequest request, NetworkPlotRequest? plots = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var diagnostics = new MetaDiagnostics();
        var options = new OptionReader(request.Options, plots is null ? Options : PlotOptions, diagnostics);
        var input = new NetworkInput(options);
        bool wantConfint = options.Flag("confint") ?? false;
        var size = plots is null ? null : Internal.PlotOptions.Size(options);
        return diagnostics.Run(() =>
        {
            var table = StudyLoader.Read(request.Rows);
            var arms = input.Arms(table);
            // The shape first: one-arm studies and a disconnected network are named before any fitting.
            var geometry = NetworkGeometry.Of([.. arms.Select(a => new NetworkArm(a.Study, a.Treatment, a.N))]);
            foreach (var d in geometry.Diagnostics) input.Report(diagnostics, table, d);
            if (diagnostics.Any) return null;
            var data = NetworkData.FromArms(arms);
            var networkOptions = input.WithModerator(table, diagnostics);
            var subgroupOfStudy = input.SubgroupOfStudy(table, diagnostics);
            if (diagnostics.Any) return null;
            var outcome = NetworkMetaAnalysis.Fit(data, networkOptions);
            string? notAssessed = null;
            if (!outcome.Succeeded && input.ModelName == "consistency" && outcome.Diagnostics.All(d => d.Code == NetworkDiagnostics.FitFailed))
            {
                // A network too small for the inconsistency models still has its consistency model: fit that, and say why the rest is missing.
                var consistency = NetworkMetaAnalysis.Fit(data, networkOptions with { AssessInconsistency = false });
                if (consistency.Succeeded)
                {
                    notAssessed = "inconsistency not assessed: " + string.Join("; ", outcome.Diagnostics.Select(d => d.Message));
                    outcome = consistency;
                }
            }

            foreach (var d in outcome.Diagnostics) input.Report(diagnostics, table, d);
            if (outcome.Result is not { } result || diagnostics.Any) return null;
            var reported = input.ModelName == "inconsistency" && result.Inconsistency is { } inc ? inc.RandomModel : result.Fit;
            var confint = wantConfint ? Evidence.Multivariate.RmaMv.Confint(reported) : null;
            if (confint is { Count: 0 })
            {
                options.Invalid("confint", "no components for which a CI can be obtained: the reported model has no estimated variance component (an equal-effects network)");
                return null;
            }

            var o = input.Options;
            byte[]? graph = null, forest = null, league = null;
            if (plots?.Graph is { } gf) graph = NetworkGraphPlot.Render(result.Geometry, size!, gf);
            if (plots?.Forest is { } ff)
            {
                var fo = new NetworkForestOptions(result.Reference, null) { Measure = result.Measure, Level = o.Level, SmallerIsBetter = o.SmallerIsBetter };
                forest = NetworkForestPlot.Render(result.Effects, fo, size!, ff);
            }

            if (plots?.League is { } lf)
            {
                var lo = new NetworkLeagueOptions(o.SmallerIsBetter) { Measure = result.Measure, Level = o.Level, Order = [.. result.Ranking.Select(r => r.Treatment)] };
                league = NetworkLeagueTable.Render(result.League, lo, size!, lf);
            }

            // Each subgroup against the whole network's reference, so that their effects are comparable.
            var subgroups = subgroupOfStudy is null ? null
                : NetworkSubgroups.Fit(data, subgroupOfStudy, networkOptions with { Reference = result.Reference, AssessInconsistency = false, RankSimulations = 0 });
            var analysis = new NetworkAnalysis(result, reported, graph, forest, league, notAssessed is null ? [] : [notAssessed])
            {
                Subgroups = subgroups, SubgroupColumn = input.SubgroupColumn, Confint = confint,
            };
            var settings = new NetworkSettings
            {
                File = table.Source, Study = input.StudyColumn, Treatment = input.TreatmentColumn, Measure = input.Measure?.ToString(), Columns = input.Columns,
                Reference = o.Reference, Model = input.ModelName, Method = o.Method.ToString(), SmallValues = input.SmallValues, Level = o.Level,
                Moderator = input.ModeratorColumn, Subgroup = input.SubgroupColumn, Confint = wantConfint,
            };
            var studies = new StudyData(table, new StudyLabels(table.RowCount, table.Text(input.StudyColumn)), [], [], result.Measure);
            return new MetaAnalysis<NetworkReport, NetworkAnalysis>(NetworkReports.Report(analysis, settings), analysis, studies);
        });
    }
}
