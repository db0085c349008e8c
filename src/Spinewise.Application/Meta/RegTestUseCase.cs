using Spinewise.Application.Meta.Contracts;
using Spinewise.Application.Meta.Internal;
using Spinewise.Evidence.Data;
using Spinewise.Evidence.PublicationBias;
using static Spinewise.Application.Meta.MetaNumber;

namespace Spinewise.Application.Meta;

/// <summary><c>meta regtest</c>: regression test for funnel plot asymmetry (Egger's test and variants), as metafor's regtest().</summary>
public sealed class RegTestUseCase
{
    private static readonly string[] Models = ["rma", "lm"];
    private static readonly string[] Predictors = ["sei", "vi", "ni", "ninv", "sqrtninv"];

    /// <summary>The options: study data, the model's, model and predictor.</summary>
    public static IReadOnlyList<MetaOptionSpec> Options { get; } =
    [
        .. MetaOptionCatalog.Study, .. MetaOptionCatalog.Model,
        new("model", MetaOptionKind.Text, "MODEL", "rma (a meta-regression, metafor's default) or lm (Egger's weighted regression).", Models),
        new("predictor", MetaOptionKind.Text, "PREDICTOR", "sei (default), vi, ni, ninv or sqrtninv.", Predictors),
    ];

    /// <summary>Runs the test.</summary>
    /// <param name="request">Rows and options.</param>
    /// <returns>The analysis, or every diagnostic.</returns>
    public MetaResult<MetaAnalysis<RegTestReport, RegTestResult>> Run(MetaRequest request)
    {
        var s = new ModelSession(request, Options);
        var model = s.Options.Choice("model", Models) ?? "rma";
        var predictor = s.Options.Choice("predictor", Predictors) ?? "sei";
        return s.Diagnostics.Run(() =>
        {
            if (s.Load() is not var (data, options) || s.Fit(data, options, "regtest", 3) is not { } fit) return null;
            var p = Enum.Parse<RegTestPredictor>(predictor, ignoreCase: true);
            IReadOnlyList<double>? ni = null;
            if (p is RegTestPredictor.Ni or RegTestPredictor.Ninv or RegTestPredictor.Sqrtninv)
            {
                // the same ni option that maps escalc's ni column (one option, so it cannot shadow the other)
                var name = s.Options.Text("ni") ?? "ni";
                if (!data.Table.HasColumn(name)) throw new CsvDataException(data.Table.Source, null, name, "missing column of sample sizes (set it with --ni)");
                ni = data.Table.Numeric(name);
            }

            var res = RegTest.Compute(fit, model == "lm" ? RegTestModel.Lm : RegTestModel.Rma, p, ni);
            var report = new RegTestReport
            {
                Settings = new RegTestSettings(s.Settings(options)) { Model = model, Predictor = predictor },
                Model = model, Predictor = predictor, Zval = res.IsT ? null : res.Statistic, Tval = res.IsT ? res.Statistic : null,
                Pval = res.Pval, Dfs = res.Dfs,
                LimitEstimate = double.IsNaN(res.LimitEstimate) ? null : new() { Est = res.LimitEstimate, CiLb = res.LimitCiLb, CiUb = res.LimitCiUb },
                Fit = new() { Beta = List(res.Beta), Se = List(res.Se), Tau2 = res.Tau2, Sigma = res.Sigma },
            };
            return new MetaAnalysis<RegTestReport, RegTestResult>(report, res, data);
        });
    }
}
