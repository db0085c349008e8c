using Spinewise.Application.Meta.Contracts;
using Spinewise.Application.Meta.Internal;
using Spinewise.Evidence.Sensitivity;

namespace Spinewise.Application.Meta;

/// <summary><c>meta fsn</c>: fail-safe N, as metafor's fsn().</summary>
public sealed class FsnUseCase
{
    /// <summary>The options: study data, type, target, weighted, alpha.</summary>
    public static IReadOnlyList<MetaOptionSpec> Options { get; } =
    [
        .. MetaOptionCatalog.Study,
        new("type", MetaOptionKind.Text, "TYPE", "Rosenthal (default), Orwin or Rosenberg."),
        new("target", MetaOptionKind.Number, "X", "Orwin: target average effect (default half the observed average)."),
        new("weighted", MetaOptionKind.Flag, "BOOL", "Orwin: inverse-variance weighted average (true|false, default false)."),
        new("alpha", MetaOptionKind.Number, "A", "Significance level (default 0.05)."),
    ];

    /// <summary>Computes the fail-safe N.</summary>
    /// <param name="request">Rows and options.</param>
    /// <returns>The analysis, or every diagnostic.</returns>
    public MetaResult<MetaAnalysis<FsnReport, FailSafeNResult>> Run(MetaRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var diagnostics = new MetaDiagnostics();
        var r = new OptionReader(request.Options, Options, diagnostics);
        var loader = new StudyLoader(r);
        var type = r.Enum<FailSafeType>("type") ?? FailSafeType.Rosenthal;
        var alpha = r.Number("alpha") ?? 0.05;
        if (alpha is <= 0 or >= 1) r.Invalid("alpha", $"{alpha} is not between 0 and 1");
        var target = r.Number("target");
        var weighted = r.Flag("weighted") ?? false;
        return diagnostics.Run(() =>
        {
            if (loader.Load(request.Rows) is not { } data) return null;
            var res = FailSafeN.Compute([.. data.Yi], [.. data.Vi], type, alpha, target, weighted);
            var e = loader.Echo;
            var report = new FsnReport
            {
                Settings = new FsnSettings
                {
                    File = e.File, Escalc = e.Escalc, Yi = e.Yi, Vi = e.Vi, Type = type.ToString(), Alpha = alpha,
                    Target = target is { } t ? new MetaNumber(t) : null, Weighted = weighted,
                },
                Type = res.Type.ToString(), FsNum = res.FsNum, Alpha = res.Alpha, Pval = res.Pval, MeanEs = res.MeanEs, Target = res.Target,
            };
            return new MetaAnalysis<FsnReport, FailSafeNResult>(report, res, data);
        });
    }
}
