using Spinewise.Application.Meta.Contracts;
using Spinewise.Application.Meta.Internal;
using Spinewise.Evidence.PublicationBias;

namespace Spinewise.Application.Meta;

/// <summary><c>meta ranktest</c>: rank correlation test for funnel plot asymmetry (Begg and Mazumdar), as metafor's ranktest().</summary>
public sealed class RankTestUseCase
{
    /// <summary>The options: study data and the model's.</summary>
    public static IReadOnlyList<MetaOptionSpec> Options { get; } = [.. MetaOptionCatalog.Study, .. MetaOptionCatalog.Model];

    /// <summary>Runs the test.</summary>
    /// <param name="request">Rows and options.</param>
    /// <returns>The analysis, or every diagnostic.</returns>
    public MetaResult<MetaAnalysis<RankTestReport, RankTestResult>> Run(MetaRequest request)
    {
        var s = new ModelSession(request, Options);
        return s.Diagnostics.Run(() =>
        {
            if (s.Load() is not var (data, options) || s.Fit(data, options, "ranktest", 3) is not { } fit) return null;
            var res = RankTest.Compute(fit);
            var report = new RankTestReport
            {
                Settings = s.Settings(options), Tau = res.Tau, Pval = res.Pval, ExactRequested = true, TiesPresent = res.TiesPresent, Warnings = [.. res.Warnings],
            };
            return new MetaAnalysis<RankTestReport, RankTestResult>(report, res, data);
        });
    }
}
