using Spectre.Console;
using Spinewise.Evidence.EffectSizes;
using Spinewise.Evidence.Models;
using static Spinewise.Cli.Commands.Meta.MetaFormat;

namespace Spinewise.Cli.Commands.Meta;

/// <summary>Per-group estimates and the test for subgroup differences.</summary>
internal static class SubgroupPrinter
{
    public static void Print(IAnsiConsole console, SubgroupResult r, EffectMeasure? measure)
    {
        bool ratio = Evidence.Plots.EffectScale.IsRatio(measure);
        console.MarkupLine("[bold]Subgroups:[/]");
        var table = new Table().Border(TableBorder.Simple).AddColumns("group", "k", "estimate", "ci.lb", "ci.ub", "pval", "tau^2", "I^2");
        if (ratio) table.AddColumns($"exp ({measure})", "95% CI");
        foreach (var g in r.Groups)
        {
            var f = g.Fit;
            var cells = new List<string> { Markup.Escape(g.Level), f.K.ToString(System.Globalization.CultureInfo.InvariantCulture), F(f.Beta[0]), F(f.CiLb[0]), F(f.CiUb[0]), P(f.Pval[0]), F(f.Tau2), Pct(f.I2) };
            if (ratio) cells.AddRange([F(Math.Exp(f.Beta[0]), 2), $"{F(Math.Exp(f.CiLb[0]), 2)} to {F(Math.Exp(f.CiUb[0]), 2)}"]);
            table.AddRow([.. cells]);
        }

        console.Write(table);
        var t = r.TestOfDifferences;
        console.WriteLine($"Test for subgroup differences: QM(df = {t.QMdf1}) = {F(t.QM)}, p-val {RmaPrinter.PLabel(t.QMp)}");
        console.WriteLine();
    }
}
