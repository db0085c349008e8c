using Spinewise.Application.Meta.Contracts;
using Spinewise.Application.Meta.Internal;
using Spinewise.Evidence.EffectSizes;
using Spinewise.Evidence.FixedEffects;

namespace Spinewise.Application.Meta;

/// <summary><c>meta peto</c>: Peto's one-step odds-ratio model on 2x2 counts, as metafor's rma.peto().</summary>
public sealed class PetoUseCase
{
    /// <summary>The options: zero cells, columns, level.</summary>
    public static IReadOnlyList<MetaOptionSpec> Options { get; } =
    [
        .. MetaOptionCatalog.ZeroCells, .. MetaOptionCatalog.Columns([EffectMeasure.PETO]),
        new("level", MetaOptionKind.Number, "L", "Confidence level: 95 (percent) or 0.95 (fraction), as metafor's level (default 95)."),
    ];

    /// <summary>Fits the model.</summary>
    /// <param name="request">Rows and options.</param>
    /// <returns>The analysis, or every diagnostic.</returns>
    public MetaResult<MetaAnalysis<PooledReport, PooledResult>> Run(MetaRequest request) => PooledRunner.Run(request, Options, peto: true);
}
