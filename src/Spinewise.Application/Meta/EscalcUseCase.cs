using Spinewise.Application.Meta.Contracts;
using Spinewise.Application.Meta.Internal;
using Spinewise.Evidence.EffectSizes;

namespace Spinewise.Application.Meta;

/// <summary><c>escalc</c>: effect sizes and sampling variances, as metafor's escalc().</summary>
public sealed class EscalcUseCase
{
    /// <summary>The options: the measure (required), zero-cell options, vtype and the column mapping.</summary>
    public static IReadOnlyList<MetaOptionSpec> Options { get; } =
    [
        MetaOptionCatalog.Measure("Effect-size measure: RR, OR, RD, AS, PETO, IRR, IRD, MD, SMD, SMDH, ROM, COR, ZCOR, PR, PLN, PLO, PAS, PFT, MN."),
        .. MetaOptionCatalog.ZeroCells, MetaOptionCatalog.VType, .. MetaOptionCatalog.Columns(null),
    ];

    /// <summary>Computes yi and vi for every row.</summary>
    /// <param name="request">Rows and options.</param>
    /// <returns>The analysis (its report's <c>settings.out</c> is null; a host that writes a file sets it), or every diagnostic.</returns>
    public MetaResult<MetaAnalysis<EscalcReport, EscalcResult>> Run(MetaRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var diagnostics = new MetaDiagnostics();
        var r = new OptionReader(request.Options, Options, diagnostics);
        var measure = r.Enum<EffectMeasure>("measure");
        if (r.Text("measure") is null) r.Invalid("measure", "is required (the effect-size measure, e.g. RR, OR, SMD)");
        var options = EscalcInput.Options(r);
        return diagnostics.Run(() =>
        {
            var table = StudyLoader.Read(request.Rows);
            var (data, columns) = EscalcInput.Data(r, table, measure!.Value);
            var result = Escalc.Compute(measure.Value, data, options!);
            if (!EscalcInput.Check(diagnostics, table, result.Diagnostics, columns)) return null;
            var s = EscalcInput.Settings(options!, measure.Value, columns);
            var settings = new EscalcRunSettings
            {
                Measure = s.Measure, Columns = s.Columns, Add = s.Add, To = s.To, Drop00 = s.Drop00, VType = s.VType, File = table.Source,
            };
            var report = new EscalcReport
            {
                Settings = settings, K = result.K, Yi = MetaNumber.List(result.Yi), Vi = MetaNumber.List(result.Vi), Warnings = [.. result.Warnings],
            };
            var labels = new StudyLabels(table.RowCount);
            return new MetaAnalysis<EscalcReport, EscalcResult>(report, result, new StudyData(table, labels, result.Yi, result.Vi, measure));
        });
    }
}
