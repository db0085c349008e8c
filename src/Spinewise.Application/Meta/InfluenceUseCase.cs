using Spinewise.Application.Meta.Contracts;
using Spinewise.Application.Meta.Internal;
using Spinewise.Evidence.Diagnostics;
using static Spinewise.Application.Meta.MetaNumber;

namespace Spinewise.Application.Meta;

/// <summary><c>meta influence</c>: case diagnostics, as metafor's influence().</summary>
public sealed class InfluenceUseCase
{
    /// <summary>The options: study data, the model's and moderators.</summary>
    public static IReadOnlyList<MetaOptionSpec> Options { get; } = [.. MetaOptionCatalog.Study, .. MetaOptionCatalog.Model, .. MetaOptionCatalog.Moderators];

    /// <summary>Runs the analysis.</summary>
    /// <param name="request">Rows and options.</param>
    /// <returns>The analysis, or every diagnostic.</returns>
    public MetaResult<MetaAnalysis<InfluenceReport, InfluenceResult>> Run(MetaRequest request)
    {
        var s = new ModelSession(request, Options);
        s.Model.CheckModerators();
        return s.Diagnostics.Run(() =>
        {
            if (s.Load() is not var (data, options)) return null;
            if (s.Fit(data, options, "influence", 2, s.Model.Matrix(data)) is not { } fit) return null;
            var inf = Influence.Compute(fit);
            var report = new InfluenceReport
            {
                Settings = s.RegressionSettings(options), Labels = [.. fit.RowsUsed.Select(r => data.Labels[r])],
                Rstudent = List(inf.Rstudent), Dffits = List(inf.Dffits), CookD = List(inf.CookD), CovR = List(inf.CovR),
                Tau2Del = List(inf.Tau2Del), QEDel = List(inf.QEDel), Hat = List(inf.Hat), Weight = List(inf.Weight),
                Dfbs = fit.CoefNames.Select((name, j) => (name, j)).ToDictionary(x => x.name, x => List(inf.Dfbs[x.j])),
                IsInfl = [.. inf.IsInfluential],
            };
            return new MetaAnalysis<InfluenceReport, InfluenceResult>(report, inf, data);
        });
    }
}
