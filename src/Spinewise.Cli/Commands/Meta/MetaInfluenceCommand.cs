using System.CommandLine;
using Spectre.Console;
using Spinewise.Application.Meta;
using Spinewise.Evidence.Diagnostics;
using Spinewise.Evidence.Models;
using static Spinewise.Application.Meta.Text.MetaNumberText;

namespace Spinewise.Cli.Commands.Meta;

/// <summary><c>spinewise meta influence</c>: case diagnostics, as metafor's influence().</summary>
internal static class MetaInfluenceCommand
{
    public static Command Create(CliIo io)
    {
        var cli = new MetaCli("influence", "Case diagnostics (studentized deleted residuals, DFFITS, Cook's distance, covariance ratios, DFBETAS), as metafor's influence().", InfluenceUseCase.Options);
        return cli.Build(io, parse =>
        {
            if (!MetaCli.Succeeded(io, new InfluenceUseCase().Run(cli.Request(parse)), out var run)) return ExitCodes.BadInput;
            if (parse.GetValue(cli.Json)) return MetaCli.WriteJson(io, run.Report);
            var inf = run.Result;
            var labels = run.Report.Labels;
            var table = new Table().Border(TableBorder.Simple).AddColumns("study", "rstudent", "dffits", "cook.d", "cov.r", "tau2.del", "QE.del", "hat", "weight", "inf");
            for (int i = 0; i < labels.Count; i++)
            {
                table.AddRow(Markup.Escape(labels[i]), F(inf.Rstudent[i]), F(inf.Dffits[i]), F(inf.CookD[i]), F(inf.CovR[i]), F(inf.Tau2Del[i]),
                    F(inf.QEDel[i]), F(inf.Hat[i]), F(inf.Weight[i], 2), inf.IsInfluential[i] ? "*" : string.Empty);
            }

            io.Out.MarkupLineInterpolated($"[bold]Influence diagnostics[/] ({run.Report.Settings.Method}, k = {labels.Count}); * = influential by metafor's rule");
            io.Out.Write(table);
            return ExitCodes.Ok;
        });
    }
}
