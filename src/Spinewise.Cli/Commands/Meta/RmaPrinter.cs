using Spectre.Console;
using Spinewise.Evidence.EffectSizes;
using Spinewise.Evidence.Models;
using static Spinewise.Cli.Commands.Meta.MetaFormat;

namespace Spinewise.Cli.Commands.Meta;

/// <summary>A metafor-like printed summary of an rma.uni fit.</summary>
internal static class RmaPrinter
{
    public static void Print(IAnsiConsole console, RmaResult fit, RmaPrediction? prediction, HeterogeneityIntervals? confint, EffectMeasure? measure)
    {
        var o = fit.Options;
        var kind = o.IsEqualEffects ? "Equal-Effects Model" : fit.X.IsInterceptOnly ? "Random-Effects Model" : "Mixed-Effects Model";
        var estimator = o.IsEqualEffects ? "" : $"; tau^2 estimator: {o.Method}";
        console.MarkupLineInterpolated($"[bold]{kind}[/] (k = {fit.K}{estimator})");
        console.WriteLine();
        if (!o.IsEqualEffects)
        {
            var residual = fit.X.IsInterceptOnly ? "total" : "residual";
            console.WriteLine($"tau^2 (estimated amount of {residual} heterogeneity): {F(fit.Tau2)} (SE = {F(fit.SeTau2)})");
            console.WriteLine($"tau (square root of estimated tau^2 value):  {F(Math.Sqrt(fit.Tau2))}");
            if (!fit.X.IsInterceptOnly) console.WriteLine($"R^2 (amount of heterogeneity accounted for): {Pct(fit.R2)}");
        }

        console.WriteLine($"I^2 (total heterogeneity / total variability):   {Pct(fit.I2)}");
        console.WriteLine($"H^2 (total variability / sampling variability):  {F(fit.H2, 2)}");
        console.WriteLine();
        var q = fit.X.IsInterceptOnly ? "Test for Heterogeneity" : "Test for Residual Heterogeneity";
        console.WriteLine($"{q}: Q{(fit.X.IsInterceptOnly ? "" : "E")}(df = {fit.QEdf}) = {F(fit.QE)}, p-val {PLabel(fit.QEp)}");
        if (!fit.X.IsInterceptOnly)
        {
            var stat = double.IsNaN(fit.QMdf2) ? $"QM(df = {fit.QMdf1})" : $"F(df1 = {fit.QMdf1}, df2 = {fit.QMdf2})";
            console.WriteLine($"Test of Moderators (coefficients {(fit.X.HasIntercept ? 2 : 1)}:{fit.P}): {stat} = {F(fit.QM)}, p-val {PLabel(fit.QMp)}");
        }

        console.WriteLine();
        console.MarkupLine("[bold]Model Results:[/]");
        console.Write(Coefficients(fit));
        if (prediction is not null) Prediction(console, prediction, o.IsEqualEffects, measure);
        if (confint is not null)
        {
            console.MarkupLine("[bold]Heterogeneity (Q-profile CI):[/]");
            var table = new Table().Border(TableBorder.Simple).AddColumns("", "estimate", "ci.lb", "ci.ub");
            foreach (var (name, i) in new[] { ("tau^2", confint.Tau2), ("tau", confint.Tau), ("I^2(%)", confint.I2), ("H^2", confint.H2) })
            {
                table.AddRow(name, F(i.Estimate), F(i.Lower), F(i.Upper));
            }

            console.Write(table);
        }

        foreach (var w in fit.Warnings) console.MarkupLineInterpolated($"[yellow]Warning:[/] {w}");
        foreach (var s in fit.Suggestions) console.MarkupLineInterpolated($"[grey]Note: {s}[/]");
    }

    public static string PLabel(double p) => p < 1e-4 ? "< .0001" : "= " + F(p);

    private static Table Coefficients(RmaResult fit)
    {
        var stat = fit.Options.Test == TestType.Z ? "zval" : "tval";
        var table = new Table().Border(TableBorder.Simple).AddColumns("", "estimate", "se", stat, "pval", "ci.lb", "ci.ub", "");
        for (int j = 0; j < fit.P; j++)
        {
            table.AddRow(Markup.Escape(fit.CoefNames[j]), F(fit.Beta[j]), F(fit.Se[j]), F(fit.Zval[j]), P(fit.Pval[j]), F(fit.CiLb[j]), F(fit.CiUb[j]), Stars(fit.Pval[j]));
        }

        return table;
    }

    private static void Prediction(IAnsiConsole console, RmaPrediction p, bool ee, EffectMeasure? measure)
    {
        bool ratio = Evidence.Plots.EffectScale.IsRatio(measure);
        Func<double, double> tr = ratio ? Math.Exp : x => x;
        var scale = ratio ? $" ({measure}, back-transformed from the log scale)" : string.Empty;
        var pi = ee ? "" : $", prediction interval [{F(tr(p.PiLb[0]))}, {F(tr(p.PiUb[0]))}]";
        console.WriteLine($"Pooled estimate{scale}: {F(tr(p.Pred[0]))} [{F(tr(p.CiLb[0]))}, {F(tr(p.CiUb[0]))}]{pi}");
        console.WriteLine();
    }
}
