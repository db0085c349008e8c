using Spinewise.Application.Meta.Contracts;
using Spinewise.Application.Meta.Internal;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Sensitivity;
using static Spinewise.Application.Meta.MetaNumber;

namespace Spinewise.Application.Meta;

/// <summary><c>meta leave1out</c>: the model refitted without each study in turn, as metafor's leave1out().</summary>
public sealed class Leave1OutUseCase
{
    /// <summary>The options: study data and the model's.</summary>
    public static IReadOnlyList<MetaOptionSpec> Options { get; } = [.. MetaOptionCatalog.Study, .. MetaOptionCatalog.Model];

    /// <summary>Runs the analysis.</summary>
    /// <param name="request">Rows and options.</param>
    /// <returns>The analysis (the result's fit is the full model), or every diagnostic.</returns>
    public MetaResult<MetaAnalysis<Leave1OutReport, LeaveOneOutResult>> Run(MetaRequest request)
    {
        var s = new ModelSession(request, Options);
        return s.Diagnostics.Run(() =>
        {
            if (s.Load() is not var (data, options) || s.Fit(data, options, "leave1out", 2) is not { } fit) return null;
            var l1o = LeaveOneOut.Compute(fit);
            bool t = options.Test != TestType.Z;
            var report = new Leave1OutReport
            {
                Settings = s.Settings(options), OmittedLabel = [.. fit.RowsUsed.Select(r => data.Labels[r])],
                Estimate = List(l1o.Estimate), Se = List(l1o.Se), Tval = t ? List(l1o.Zval) : null, Zval = t ? null : List(l1o.Zval),
                Pval = List(l1o.Pval), CiLb = List(l1o.CiLb), CiUb = List(l1o.CiUb), Q = List(l1o.Q), Qp = List(l1o.Qp),
                Tau2 = List(l1o.Tau2), I2 = List(l1o.I2), H2 = List(l1o.H2),
            };
            return new MetaAnalysis<Leave1OutReport, LeaveOneOutResult>(report, l1o, data);
        });
    }
}
