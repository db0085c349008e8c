using Spinewise.Evidence.EffectSizes;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Plots;
using static Spinewise.Application.Meta.Text.MetaNumberText;

namespace Spinewise.Application.Meta.Text;

/// <summary>
/// The metafor-style summary of an rma.uni fit (and of its subgroups) as <see cref="SummaryBlock"/>s, in the order and
/// words <c>spinewise meta rma</c> prints them and the evidence workbench shows them.
/// </summary>
public static class RmaSummary
{
    private static readonly string[] ConfintHeader = ["", "estimate", "ci.lb", "ci.ub"];

    /// <summary>The fit, its pooled estimate and heterogeneity intervals, then the subgroups when the analysis has them.</summary>
    public static IReadOnlyList<SummaryBlock> Of(RmaAnalysis analysis, EffectMeasure? measure)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var blocks = Model(analysis.Fit, analysis.Prediction, analysis.Confint, measure).ToList();
        if (analysis.Subgroups is not null)
        {
            blocks.AddRange(Subgroups(analysis.Subgroups, measure));
        }

        return blocks;
    }

    /// <summary>The model: kind, heterogeneity, tests, coefficients, the pooled estimate (back-transformed for ratio measures), the Q-profile CIs, warnings and notes.</summary>
    public static IReadOnlyList<SummaryBlock> Model(RmaResult fit, RmaPrediction? prediction, HeterogeneityIntervals? confint, EffectMeasure? measure)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var o = fit.Options;
        var blocks = new List<SummaryBlock>();
        var kind = o.IsEqualEffects ? "Equal-Effects Model" : fit.X.IsInterceptOnly ? "Random-Effects Model" : "Mixed-Effects Model";
        var estimator = o.IsEqualEffects ? "" : $"; tau^2 estimator: {o.Method}";
        blocks.Add(new SummaryLine(SummaryEmphasis.Heading, kind, $" (k = {I(fit.K)}{estimator})"));
        blocks.Add(SummaryBlank.Instance);
        if (!o.IsEqualEffects)
        {
            var residual = fit.X.IsInterceptOnly ? "total" : "residual";
            blocks.Add(SummaryLine.Plain($"tau^2 (estimated amount of {residual} heterogeneity): {F(fit.Tau2)} (SE = {F(fit.SeTau2)})"));
            blocks.Add(SummaryLine.Plain($"tau (square root of estimated tau^2 value):  {F(Math.Sqrt(fit.Tau2))}"));
            if (!fit.X.IsInterceptOnly)
            {
                blocks.Add(SummaryLine.Plain($"R^2 (amount of heterogeneity accounted for): {Pct(fit.R2)}"));
            }
        }

        blocks.Add(SummaryLine.Plain($"I^2 (total heterogeneity / total variability):   {Pct(fit.I2)}"));
        blocks.Add(SummaryLine.Plain($"H^2 (total variability / sampling variability):  {F(fit.H2, 2)}"));
        blocks.Add(SummaryBlank.Instance);
        var q = fit.X.IsInterceptOnly ? "Test for Heterogeneity" : "Test for Residual Heterogeneity";
        blocks.Add(SummaryLine.Plain($"{q}: Q{(fit.X.IsInterceptOnly ? "" : "E")}(df = {I(fit.QEdf)}) = {F(fit.QE)}, p-val {PLabel(fit.QEp)}"));
        if (!fit.X.IsInterceptOnly)
        {
            var stat = double.IsNaN(fit.QMdf2) ? $"QM(df = {I(fit.QMdf1)})" : $"F(df1 = {I(fit.QMdf1)}, df2 = {Df(fit.QMdf2)})";
            blocks.Add(SummaryLine.Plain($"Test of Moderators (coefficients {(fit.X.HasIntercept ? 2 : 1)}:{I(fit.P)}): {stat} = {F(fit.QM)}, p-val {PLabel(fit.QMp)}"));
        }

        blocks.Add(SummaryBlank.Instance);
        blocks.Add(new SummaryLine(SummaryEmphasis.Heading, "Model Results:", ""));
        blocks.Add(Coefficients(fit));
        if (prediction is not null)
        {
            blocks.Add(SummaryLine.Plain(Pooled(prediction, o.IsEqualEffects, measure)));
            blocks.Add(SummaryBlank.Instance);
        }

        if (confint is not null)
        {
            blocks.Add(new SummaryLine(SummaryEmphasis.Heading, "Heterogeneity (Q-profile CI):", ""));
            var rows = new List<IReadOnlyList<string>>();
            foreach (var (name, i) in (ReadOnlySpan<(string, Interval)>)[("tau^2", confint.Tau2), ("tau", confint.Tau), ("I^2(%)", confint.I2), ("H^2", confint.H2)])
            {
                rows.Add([name, F(i.Estimate), F(i.Lower), F(i.Upper)]);
            }

            blocks.Add(new SummaryTable(ConfintHeader, rows));
        }

        blocks.AddRange(fit.Warnings.Select(w => new SummaryLine(SummaryEmphasis.Warning, "Warning:", " " + w)));
        blocks.AddRange(fit.Suggestions.Select(s => new SummaryLine(SummaryEmphasis.Note, "", "Note: " + s)));
        return blocks;
    }

    /// <summary>Per-group estimates (with the back-transformed estimate and CI for ratio measures) and the test for subgroup differences.</summary>
    public static IReadOnlyList<SummaryBlock> Subgroups(SubgroupResult result, EffectMeasure? measure)
    {
        ArgumentNullException.ThrowIfNull(result);
        bool ratio = EffectScale.IsRatio(measure);
        var header = new List<string> { "group", "k", "estimate", "ci.lb", "ci.ub", "pval", "tau^2", "I^2" };
        if (ratio)
        {
            header.AddRange([$"exp ({measure})", "95% CI"]);
        }

        var rows = new List<IReadOnlyList<string>>();
        foreach (var g in result.Groups)
        {
            var f = g.Fit;
            var cells = new List<string> { g.Level, I(f.K), F(f.Beta[0]), F(f.CiLb[0]), F(f.CiUb[0]), P(f.Pval[0]), F(f.Tau2), Pct(f.I2) };
            if (ratio)
            {
                cells.AddRange([F(Math.Exp(f.Beta[0]), 2), $"{F(Math.Exp(f.CiLb[0]), 2)} to {F(Math.Exp(f.CiUb[0]), 2)}"]);
            }

            rows.Add(cells);
        }

        var t = result.TestOfDifferences;
        return
        [
            new SummaryLine(SummaryEmphasis.Heading, "Subgroups:", ""),
            new SummaryTable(header, rows),
            SummaryLine.Plain($"Test for subgroup differences: QM(df = {I(t.QMdf1)}) = {F(t.QM)}, p-val {PLabel(t.QMp)}"),
            SummaryBlank.Instance,
        ];
    }

    private static SummaryTable Coefficients(RmaResult fit)
    {
        var stat = fit.Options.Test == TestType.Z ? "zval" : "tval";
        var rows = new List<IReadOnlyList<string>>();
        for (int j = 0; j < fit.P; j++)
        {
            rows.Add([fit.CoefNames[j], F(fit.Beta[j]), F(fit.Se[j]), F(fit.Zval[j]), P(fit.Pval[j]), F(fit.CiLb[j]), F(fit.CiUb[j]), Stars(fit.Pval[j])]);
        }

        return new SummaryTable(["", "estimate", "se", stat, "pval", "ci.lb", "ci.ub", ""], rows);
    }

    private static string Pooled(RmaPrediction p, bool equalEffects, EffectMeasure? measure)
    {
        bool ratio = EffectScale.IsRatio(measure);
        Func<double, double> tr = ratio ? Math.Exp : x => x;
        var scale = ratio ? $" ({measure}, back-transformed from the log scale)" : string.Empty;
        var pi = equalEffects ? "" : $", prediction interval [{F(tr(p.PiLb[0]))}, {F(tr(p.PiUb[0]))}]";
        return $"Pooled estimate{scale}: {F(tr(p.Pred[0]))} [{F(tr(p.CiLb[0]))}, {F(tr(p.CiUb[0]))}]{pi}";
    }
}
