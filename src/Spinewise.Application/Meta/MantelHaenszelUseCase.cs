using Spinewise.Application.Meta.Contracts;
using Spinewise.Application.Meta.Internal;
using Spinewise.Evidence.EffectSizes;
using Spinewise.Evidence.FixedEffects;

namespace Spinewise.Application.Meta;

/// <summary><c>meta mh</c>: the Mantel-Haenszel model on 2x2 counts or incidence rates, as metafor's rma.mh().</summary>
public sealed class MantelHaenszelUseCase
{
    /// <summary>The options: measure (required), zero cells, columns, continuity correction, level.</summary>
    public static IReadOnlyList<MetaOptionSpec> Options { get; } =
    [
        MetaOptionCatalog.Measure("Measure: OR, RR, RD, IRR or IRD."), .. MetaOptionCatalog.ZeroCells,
        .. MetaOptionCatalog.Columns([EffectMeasure.OR, EffectMeasure.RR, EffectMeasure.RD, EffectMeasure.IRR, EffectMeasure.IRD]),
        new("correct", MetaOptionKind.Flag, "BOOL", "Continuity correction in the CMH / MH tests (true|false, default true)."),
        new("level", MetaOptionKind.Number, "L", "Confidence level: 95 (percent) or 0.95 (fraction), as metafor's level (default 95)."),
    ];

    /// <summary>Fits the model.</summary>
    /// <param name="request">Rows and options.</param>
    /// <returns>The analysis, or every diagnostic.</returns>
    public MetaResult<MetaAnalysis<PooledReport, PooledResult>> Run(MetaRequest request) => PooledRunner.Run(request, Options, peto: false);
}
