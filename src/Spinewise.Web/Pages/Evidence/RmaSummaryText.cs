using Spinewise.Application.Meta;
using Spinewise.Evidence.EffectSizes;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Plots;
using static Spinewise.Web.Pages.Evidence.MetaText;

namespace Spinewise.Web.Pages.Evidence;

/// <summary>
/// The metafor-style summary of an rma fit as plain text: the lines <c>spinewise meta rma</c> prints (its
/// <c>RmaPrinter</c> and <c>SubgroupPrinter</c>), with the tables laid out in fixed-width columns.
/// </summary>
internal static class RmaSummaryText
{
    private static readonly string[] ConfintHeader = ["", "estimate", "ci.lb", "ci.ub"];

    public static string Of(RmaAnalysis a, EffectMeasure? measure)
    {
        var lines = new List<string>();
        Model(lines, a.Fit, a.Prediction, a.Confint, measure);
        if (a.Subgroups is not null) Subgroups(lines, a.Subgroups, measure);
        return string.Join('\n', lines);
    }

    private static void Model(List<string> lines, RmaResult fit, RmaPrediction? prediction, HeterogeneityIntervals? confint, EffectMeasure? measure)
    {
        var o = fit.Options;
        var kind = o.IsEqualEffects ? "Equal-Effects Model" : fit.X.IsInterceptOnly ? "Random-Effects Model" : "Mixed-Effects Model";
        var estimator = o.IsEqualEffects ? "" : $"; tau^2 estimator: {o.Method}";
        lines.Add($"{kind} (k = {I(fit.K)}{estimator})");
        lines.Add("");
        if (!o.IsEqualEffects)
        {
            var residual = fit.X.IsInterceptOnly ? "total" : "residual";
            lines.Add($"tau^2 (estimated amount of {residual} heterogeneity): {F(fit.Tau2)} (SE = {F(fit.SeTau2)})");
            lines.Add($"tau (square root of estimated tau^2 value):  {F(Math.Sqrt(fit.Tau2))}");
            if (!fit.X.IsInterceptOnly) lines.Add($"R^2 (amount of heterogeneity accounted for): {Pct(fit.R2)}");
        }

        lines.Add($"I^2 (total heterogeneity / total variability):   {Pct(fit.I2)}");
        lines.Add($"H^2 (total variability / sampling variability):  {F(fit.H2, 2)}");
        lines.Add("");
        var q = fit.X.IsInterceptOnly ? "Test for Heterogeneity" : "Test for Residual Heterogeneity";
        lines.Add($"{q}: Q{(fit.X.IsInterceptOnly ? "" : "E")}(df = {I(fit.QEdf)}) = {F(fit.QE)}, p-val {PLabel(fit.QEp)}");
        if (!fit.X.IsInterceptOnly)
        {
            var stat = double.IsNaN(fit.QMdf2) ? $"QM(df = {I(fit.QMdf1)})" : $"F(df1 = {I(fit.QMdf1)}, df2 = {F(fit.QMdf2, 0)})";
            lines.Add($"Test of Moderators (coefficients {(fit.X.HasIntercept ? 2 : 1)}:{I(fit.P)}): {stat} = {F(fit.QM)}, p-val {PLabel(fit.QMp)}");
        }

        lines.Add("");
        lines.Add("Model Results:");
        lines.Add("");
        var stat2 = o.Test == TestType.Z ? "zval" : "tval";
        var rows = new List<string[]> { (string[])["", "estimate", "se", stat2, "pval", "ci.lb", "ci.ub", ""] };
        for (int j = 0; j < fit.P; j++)
        {
            rows.Add([fit.CoefNames[j], F(fit.Beta[j]), F(fit.Se[j]), F(fit.Zval[j]), P(fit.Pval[j]), F(fit.CiLb[j]), F(fit.CiUb[j]), Stars(fit.Pval[j])]);
        }

        lines.AddRange(Table(rows));
        lines.Add("");
        if (prediction is not null)
        {
            bool ratio = EffectScale.IsRatio(measure);
            Func<double, double> tr = ratio ? Math.Exp : x => x;
            var scale = ratio ? $" ({measure}, back-transformed from the log scale)" : string.Empty;
            var pi = o.IsEqualEffects ? "" : $", prediction interval [{F(tr(prediction.PiLb[0]))}, {F(tr(prediction.PiUb[0]))}]";
            lines.Add($"Pooled estimate{scale}: {F(tr(prediction.Pred[0]))} [{F(tr(prediction.CiLb[0]))}, {F(tr(prediction.CiUb[0]))}]{pi}");
            lines.Add("");
        }

        if (confint is not null)
        {
            lines.Add("Heterogeneity (Q-profile CI):");
            lines.Add("");
            var ci = new List<string[]> { ConfintHeader };
            foreach (var (name, i) in (ReadOnlySpan<(string, Interval)>)[("tau^2", confint.Tau2), ("tau", confint.Tau), ("I^2(%)", confint.I2), ("H^2", confint.H2)])
            {
                ci.Add([name, F(i.Estimate), F(i.Lower), F(i.Upper)]);
            }

            lines.AddRange(Table(ci));
            lines.Add("");
        }

        lines.AddRange(fit.Warnings.Select(w => $"Warning: {w}"));
        lines.AddRange(fit.Suggestions.Select(s => $"Note: {s}"));
    }

    private static void Subgroups(List<string> lines, SubgroupResult r, EffectMeasure? measure)
    {
        bool ratio = EffectScale.IsRatio(measure);
        lines.Add("Subgroups:");
        lines.Add("");
        var header = new List<string> { "group", "k", "estimate", "ci.lb", "ci.ub", "pval", "tau^2", "I^2" };
        if (ratio) header.AddRange([$"exp ({measure})", "95% CI"]);
        var rows = new List<string[]> { header.ToArray() };
        foreach (var g in r.Groups)
        {
            var f = g.Fit;
            var cells = new List<string> { g.Level, I(f.K), F(f.Beta[0]), F(f.CiLb[0]), F(f.CiUb[0]), P(f.Pval[0]), F(f.Tau2), Pct(f.I2) };
            if (ratio) cells.AddRange([F(Math.Exp(f.Beta[0]), 2), $"{F(Math.Exp(f.CiLb[0]), 2)} to {F(Math.Exp(f.CiUb[0]), 2)}"]);
            rows.Add([.. cells]);
        }

        lines.AddRange(Table(rows));
        var t = r.TestOfDifferences;
        lines.Add($"Test for subgroup differences: QM(df = {I(t.QMdf1)}) = {F(t.QM)}, p-val {PLabel(t.QMp)}");
    }
}
