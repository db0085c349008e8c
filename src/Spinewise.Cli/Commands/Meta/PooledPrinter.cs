using Spectre.Console;
using Spinewise.Evidence.FixedEffects;
using static Spinewise.Application.Meta.Text.MetaNumberText;

namespace Spinewise.Cli.Commands.Meta;

/// <summary>A metafor-like summary of an rma.mh / rma.peto fit.</summary>
internal static class PooledPrinter
{
    public static void Print(IAnsiConsole console, PooledResult r, string title)
    {
        console.MarkupLineInterpolated($"[bold]{title}[/] (k = {r.K})");
        console.WriteLine();
        console.WriteLine($"I^2 (total heterogeneity / total variability):  {Pct(r.I2)}");
        console.WriteLine($"H^2 (total variability / sampling variability): {F(r.H2, 2)}");
        console.WriteLine();
        console.WriteLine($"Test for Heterogeneity: Q(df = {r.QEdf}) = {F(r.QE)}, p-val {PLabel(r.QEp)}");
        console.WriteLine();
        var table = new Table().Border(TableBorder.Simple).AddColumns("", "estimate", "se", "zval", "pval", "ci.lb", "ci.ub", "");
        table.AddRow("", F(r.Beta), F(r.Se), F(r.Zval), P(r.Pval), F(r.CiLb), F(r.CiUb), Stars(r.Pval));
        console.Write(table);
        if (r.Measure is "OR" or "RR" or "IRR" or "PETO")
        {
            var name = r.Measure == "PETO" ? "OR" : r.Measure;
            console.WriteLine($"Pooled {name} (exp): {F(Math.Exp(r.Beta))} [{F(Math.Exp(r.CiLb))}, {F(Math.Exp(r.CiUb))}]");
        }

        if (!double.IsNaN(r.MH))
        {
            var label = r.Measure == "OR" ? "Cochran-Mantel-Haenszel Test" : "Mantel-Haenszel Test";
            console.WriteLine($"{label}: {(r.Measure == "OR" ? "CMH" : "MH")} = {F(r.MH)}, df = 1, p-val {PLabel(r.MHp)}");
        }

        if (!double.IsNaN(r.BD))
        {
            console.WriteLine($"Tarone's Test for Heterogeneity: X^2 = {F(r.TA)}, df = {r.KPos - 1}, p-val {PLabel(r.TAp)}");
        }

        foreach (var w in r.Warnings) console.MarkupLineInterpolated($"[yellow]Warning:[/] {w}");
    }
}
