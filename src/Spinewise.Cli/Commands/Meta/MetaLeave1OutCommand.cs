using System.CommandLine;
using Spectre.Console;
using Spinewise.Cli.Output;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Sensitivity;
using static Spinewise.Cli.Commands.Meta.JsonValues;
using static Spinewise.Cli.Commands.Meta.MetaFormat;

namespace Spinewise.Cli.Commands.Meta;

/// <summary><c>spinewise meta leave1out</c>: the model refitted without each study in turn, as metafor's leave1out().</summary>
internal static class MetaLeave1OutCommand
{
    public static Command Create(CliIo io)
    {
        var loader = new StudyDataLoader();
        var rma = new RmaOptionSet();
        var json = CliOptions.Json();
        var command = new Command("leave1out", "Leave-one-out sensitivity analysis of an intercept-only model, as metafor's leave1out().");
        loader.AddTo(command);
        rma.AddTo(command, moderators: false);
        command.Options.Add(json);
        command.SetAction(parse => MetaRunner.Run(io, () =>
        {
            var data = loader.Load(parse);
            var options = rma.Options(parse, data);
            var fit = Rma.Fit(data.Yi, data.Vi, options);
            if (fit.K < 2) throw new MetaInputException("leave1out needs at least 2 studies");
            var l1o = LeaveOneOut.Compute(fit);
            var labels = fit.RowsUsed.Select(r => data.Labels[r]).ToList();
            bool t = options.Test != TestType.Z;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(io, new Dictionary<string, object?>
                {
                    ["settings"] = data.Settings,
                    ["omitted_label"] = labels,
                    ["estimate"] = Arr(l1o.Estimate), ["se"] = Arr(l1o.Se), [t ? "tval" : "zval"] = Arr(l1o.Zval), ["pval"] = Arr(l1o.Pval),
                    ["ci.lb"] = Arr(l1o.CiLb), ["ci.ub"] = Arr(l1o.CiUb), ["Q"] = Arr(l1o.Q), ["Qp"] = Arr(l1o.Qp),
                    ["tau2"] = Arr(l1o.Tau2), ["I2"] = Arr(l1o.I2), ["H2"] = Arr(l1o.H2),
                });
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Simple).AddColumns("omitted", "estimate", "se", t ? "tval" : "zval", "pval", "ci.lb", "ci.ub", "Q", "Qp", "tau2", "I2", "H2");
            for (int i = 0; i < labels.Count; i++)
            {
                table.AddRow(Markup.Escape(labels[i]), F(l1o.Estimate[i]), F(l1o.Se[i]), F(l1o.Zval[i]), P(l1o.Pval[i]), F(l1o.CiLb[i]), F(l1o.CiUb[i]),
                    F(l1o.Q[i]), P(l1o.Qp[i]), l1o.Tau2.Count > 0 ? F(l1o.Tau2[i]) : "-", Pct(l1o.I2[i]), F(l1o.H2[i]));
            }

            io.Out.MarkupLineInterpolated($"[bold]Leave-one-out[/] ({options.Method}, k = {fit.K})");
            io.Out.Write(table);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
