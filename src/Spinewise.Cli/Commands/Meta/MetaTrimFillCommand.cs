using System.CommandLine;
using Spectre.Console;
using Spinewise.Application.Meta;
using Spinewise.Cli.Plots;
using Spinewise.Evidence.Models;
using static Spinewise.Application.Meta.Text.MetaNumberText;

namespace Spinewise.Cli.Commands.Meta;

/// <summary><c>spinewise meta trimfill</c>: Duval and Tweedie's trim and fill, as metafor's trimfill().</summary>
internal static class MetaTrimFillCommand
{
    public static Command Create(CliIo io)
    {
        var cli = new MetaCli("trimfill", "Trim-and-fill estimate of missing studies and the adjusted model, as metafor's trimfill().", TrimFillUseCase.PlotOptions);
        var funnel = new Option<string?>("--funnel") { Description = "Write a funnel plot with the filled studies (.svg or .png).", HelpName = "FILE" };
        cli.Command.Options.Add(funnel);
        return cli.Build(io, parse =>
        {
            var funnelFile = PlotFile.Check(parse.GetValue(funnel), "--funnel");
            var request = cli.Request(parse);
            if (funnelFile is null) request = PlotFile.WithoutPlotOptions(request); // accepted and unused without a plot, as before
            var result = new TrimFillUseCase().Run(request, funnelFile is null ? null : PlotFile.Format(funnelFile));
            if (!MetaCli.Succeeded(io, result, out var run)) return ExitCodes.BadInput;
            var res = run.Result.Result;
            if (funnelFile is not null) PlotFile.Write(funnelFile, run.Result.FunnelImage!);
            if (parse.GetValue(cli.Json)) return MetaCli.WriteJson(io, run.Report);
            io.Out.WriteLine($"Estimated number of missing studies on the {res.Side} side: {res.K0} (SE = {F(res.SeK0)}){(double.IsNaN(res.PK0) ? string.Empty : $", p = {P(res.PK0)} (R0 test of k0 = 0)")}");
            RmaPrinter.Print(io.Out, res.Model, Rma.Predict(res.Model), res.Model.Options.IsEqualEffects || res.Model.K < 2 ? null : Rma.Confint(res.Model, res.Model.Options.Tol), run.Studies.Measure);
            if (funnelFile is not null) io.Out.WriteLine($"Funnel plot written to {funnelFile}");
            return ExitCodes.Ok;
        });
    }
}
