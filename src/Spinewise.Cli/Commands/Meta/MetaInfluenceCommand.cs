using System.CommandLine;
using Spectre.Console;
using Spinewise.Cli.Output;
using Spinewise.Evidence.Diagnostics;
using Spinewise.Evidence.Models;
using static Spinewise.Cli.Commands.Meta.JsonValues;
using static Spinewise.Cli.Commands.Meta.MetaFormat;

namespace Spinewise.Cli.Commands.Meta;

/// <summary><c>spinewise meta influence</c>: case diagnostics, as metafor's influence().</summary>
internal static class MetaInfluenceCommand
{
    public static Command Create(CliIo io)
    {
        var loader = new StudyDataLoader();
        var rma = new RmaOptionSet();
        var json = CliOptions.Json();
        var command = new Command("influence", "Case diagnostics (studentized deleted residuals, DFFITS, Cook's distance, covariance ratios, DFBETAS), as metafor's influence().");
        loader.AddTo(command);
        rma.AddTo(command, moderators: true);
        command.Options.Add(json);
        command.SetAction(parse => MetaRunner.Run(io, () =>
        {
            var data = loader.Load(parse);
            var options = rma.Options(parse, data);
            var fit = Rma.Fit(data.Yi, data.Vi, options, rma.Matrix(parse, data));
            if (fit.K < 2) throw new MetaInputException("influence needs at least 2 studies");
            var inf = Influence.Compute(fit);
            var labels = fit.RowsUsed.Select(r => data.Labels[r]).ToList();
            if (parse.GetValue(json))
            {
                JsonOutput.Write(io, new Dictionary<string, object?>
                {
                    ["settings"] = data.Settings, ["labels"] = labels,
                    ["rstudent"] = Arr(inf.Rstudent), ["dffits"] = Arr(inf.Dffits), ["cook.d"] = Arr(inf.CookD), ["cov.r"] = Arr(inf.CovR),
                    ["tau2.del"] = Arr(inf.Tau2Del), ["QE.del"] = Arr(inf.QEDel), ["hat"] = Arr(inf.Hat), ["weight"] = Arr(inf.Weight),
                    ["dfbs"] = fit.CoefNames.Select((name, j) => (name, j)).ToDictionary(x => x.name, x => (object?)Arr(inf.Dfbs[x.j])),
                    ["is.infl"] = inf.IsInfluential,
                });
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Simple).AddColumns("study", "rstudent", "dffits", "cook.d", "cov.r", "tau2.del", "QE.del", "hat", "weight", "inf");
            for (int i = 0; i < labels.Count; i++)
            {
                table.AddRow(Markup.Escape(labels[i]), F(inf.Rstudent[i]), F(inf.Dffits[i]), F(inf.CookD[i]), F(inf.CovR[i]), F(inf.Tau2Del[i]),
                    F(inf.QEDel[i]), F(inf.Hat[i]), F(inf.Weight[i], 2), inf.IsInfluential[i] ? "*" : string.Empty);
            }

            io.Out.MarkupLineInterpolated($"[bold]Influence diagnostics[/] ({options.Method}, k = {fit.K}); * = influential by metafor's rule");
            io.Out.Write(table);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
