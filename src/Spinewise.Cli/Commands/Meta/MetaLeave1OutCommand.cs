using System.CommandLine;
using Spectre.Console;
using Spinewise.Application.Meta;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Sensitivity;
using static Spinewise.Application.Meta.Text.MetaNumberText;

namespace Spinewise.Cli.Commands.Meta;

/// <summary><c>spinewise meta leave1out</c>: the model refitted without each study in turn, as metafor's leave1out().</summary>
internal static class MetaLeave1OutCommand
{
    public static Command Create(CliIo io)
    {
        var cli = new MetaCli("leave1out", "Leave-one-out sensitivity analysis of an intercept-only model, as metafor's leave1out().", Leave1OutUseCase.Options);
        return cli.Build(io, parse =>
        {
            if (!MetaCli.Succeeded(io, new Leave1OutUseCase().Run(cli.Request(parse)), out var run)) return ExitCodes.BadInput;
            if (parse.GetValue(cli.Json)) return MetaCli.WriteJson(io, run.Report);
            var l1o = run.Result;
            var labels = run.Report.OmittedLabel;
            bool t = run.Report.Zval is null;
            var table = new Table().Border(TableBorder.Simple).AddColumns("omitted", "estimate", "se", t ? "tval" : "zval", "pval", "ci.lb", "ci.ub", "Q", "Qp", "tau2", "I2", "H2");
            for (int i = 0; i < labels.Count; i++)
            {
                table.AddRow(Markup.Escape(labels[i]), F(l1o.Estimate[i]), F(l1o.Se[i]), F(l1o.Zval[i]), P(l1o.Pval[i]), F(l1o.CiLb[i]), F(l1o.CiUb[i]),
                    F(l1o.Q[i]), P(l1o.Qp[i]), l1o.Tau2.Count > 0 ? F(l1o.Tau2[i]) : "-", Pct(l1o.I2[i]), F(l1o.H2[i]));
            }

            io.Out.MarkupLineInterpolated($"[bold]Leave-one-out[/] ({run.Report.Settings.Method}, k = {labels.Count})");
            io.Out.Write(table);
            return ExitCodes.Ok;
        });
    }
}
