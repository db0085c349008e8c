using Spinewise.Application.Meta.Contracts;
using Spinewise.Evidence.EffectSizes;
using Spinewise.Evidence.FixedEffects;
using static Spinewise.Application.Meta.MetaNumber;

namespace Spinewise.Application.Meta.Internal;

/// <summary>Mantel-Haenszel and Peto equal-effects models on raw counts.</summary>
internal static class PooledRunner
{
    public static MetaResult<MetaAnalysis<PooledReport, PooledResult>> Run(MetaRequest request, IReadOnlyList<MetaOptionSpec> specs, bool peto)
    {
        ArgumentNullException.ThrowIfNull(request);
        var diagnostics = new MetaDiagnostics();
        var r = new OptionReader(request.Options, specs, diagnostics);
        EffectMeasure? measure = peto ? EffectMeasure.PETO : r.Enum<EffectMeasure>("measure");
        if (!peto && r.Text("measure") is null) r.Invalid("measure", "is required (OR, RR, RD, IRR or IRD)");
        if (measure is not (null or EffectMeasure.OR or EffectMeasure.RR or EffectMeasure.RD or EffectMeasure.IRR or EffectMeasure.IRD or EffectMeasure.PETO))
        {
            r.Invalid("measure", $"meta mh supports OR, RR, RD, IRR and IRD, not {measure}");
        }

        var level = r.LevelPercent("level") ?? 95;
        var escalcOptions = EscalcInput.Options(r, drop00Default: true);
        var correct = peto ? true : r.Flag("correct") ?? true;
        return diagnostics.Run(() =>
        {
            var m = measure!.Value;
            var options = new MhOptions { Add = escalcOptions!.Add ?? 0.5, To = escalcOptions.To, Drop00 = escalcOptions.Drop00, Correct = correct, Level = level };
            var table = StudyLoader.Read(request.Rows);
            var (data, columns) = EscalcInput.Data(r, table, m);
            var computed = Escalc.Compute(m, data, escalcOptions);
            if (!EscalcInput.Check(diagnostics, table, computed.Diagnostics, columns)) return null;
            var res = peto ? Peto.Fit(data, options) : MantelHaenszel.Fit(m, data, options);
            var settings = new PooledSettings
            {
                File = table.Source, Measure = m.ToString(), Columns = columns, Add = options.Add, To = options.To.ToString().ToLowerInvariant(),
                Drop00 = options.Drop00, Correct = peto ? null : options.Correct, Level = level,
            };
            var report = new PooledReport
            {
                Settings = settings, K = res.K, KYi = res.KYi, KPos = res.KPos, KAll = res.KAll, Measure = res.Measure, Alpha = 1 - (level / 100),
                Beta = One(res.Beta), Se = One(res.Se), Zval = One(res.Zval), Pval = One(res.Pval), CiLb = One(res.CiLb), CiUb = One(res.CiUb),
                Tau2 = res.Tau2, I2 = res.I2, H2 = res.H2, QE = res.QE, QEdf = res.QEdf, QEp = res.QEp,
                CO = peto ? null : res.CO, COp = peto ? null : res.COp, MH = peto ? null : res.MH, MHp = peto ? null : res.MHp,
                BD = peto ? null : res.BD, BDp = peto ? null : res.BDp, TA = peto ? null : res.TA, TAp = peto ? null : res.TAp,
                FitStats = RmaReports.FitStats(res.FitML, res.FitREML), YiUsedForQE = List(res.YiUsedForQE), ViUsedForQE = List(res.ViUsedForQE),
                Warnings = [.. res.Warnings],
            };
            var labels = new StudyLabels(table.RowCount);
            return new MetaAnalysis<PooledReport, PooledResult>(report, res, new StudyData(table, labels, [.. computed.Yi], [.. computed.Vi], m));
        });
    }
}
