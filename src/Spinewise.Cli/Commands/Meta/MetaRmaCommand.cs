using System.CommandLine;
using Spectre.Console;
using Spinewise.Application.Meta;
using Spinewise.Cli.Plots;

namespace Spinewise.Cli.Commands.Meta;

/// <summary><c>spinewise meta rma</c>: random/mixed/equal-effects model, meta-regression, subgroups, forest and funnel plots.</summary>
internal static class MetaRmaCommand
{
    public static Command Create(CliIo io)
    {
        var cli = new MetaCli("rma", "Fit a random-effects (or equal-effects / mixed-effects) model, as metafor's rma().", RmaUseCase.PlotOptions);
        var forest = new Option<string?>("--forest") { Description = "Write a forest plot (.svg or .png).", HelpName = "FILE" };
        var funnel = new Option<string?>("--funnel") { Description = "Write a funnel plot (.svg or .png).", HelpName = "FILE" };
        cli.Command.Options.Add(forest);
        cli.Command.Options.Add(funnel);
        return cli.Build(io, parse =>
        {
            var forestFile = PlotFile.Check(parse.GetValue(forest), "--forest");
            var funnelFile = PlotFile.Check(parse.GetValue(funnel), "--funnel");
            var request = cli.Request(parse);
            var plots = forestFile is null && funnelFile is null ? null
                : new RmaPlotRequest(forestFile is null ? null : PlotFile.Format(forestFile), funnelFile is null ? null : PlotFile.Format(funnelFile));
            if (plots is null) request = PlotFile.WithoutPlotOptions(request); // accepted and unused without a plot, as before
            if (!MetaCli.Succeeded(io, new RmaUseCase().Run(request, plots), out var run)) return ExitCodes.BadInput;
            var a = run.Result;
            if (forestFile is not null) PlotFile.Write(forestFile, a.ForestImage!);
            if (funnelFile is not null) PlotFile.Write(funnelFile, a.FunnelImage!);
            if (parse.GetValue(cli.Json))
            {
                return MetaCli.WriteJson(io, run.Report with { Settings = run.Report.Settings with { Forest = forestFile, Funnel = funnelFile } });
            }

            RmaPrinter.Print(io.Out, a.Fit, a.Prediction, a.Confint, run.Studies.Measure);
            if (a.Subgroups is not null) SubgroupPrinter.Print(io.Out, a.Subgroups, run.Studies.Measure);
            if (forestFile is not null) io.Out.WriteLine($"Forest plot written to {forestFile}");
            if (funnelFile is not null) io.Out.WriteLine($"Funnel plot written to {funnelFile}");
            return ExitCodes.Ok;
        });
    }
}
