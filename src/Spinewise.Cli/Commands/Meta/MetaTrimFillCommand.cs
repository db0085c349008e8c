using System.CommandLine;
using Spectre.Console;
using Spinewise.Cli.Output;
using Spinewise.Cli.Plots;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Plots;
using Spinewise.Evidence.PublicationBias;
using static Spinewise.Cli.Commands.Meta.JsonValues;
using static Spinewise.Cli.Commands.Meta.MetaFormat;

namespace Spinewise.Cli.Commands.Meta;

/// <summary><c>spinewise meta trimfill</c>: Duval and Tweedie's trim and fill, as metafor's trimfill().</summary>
internal static class MetaTrimFillCommand
{
    public static Command Create(CliIo io)
    {
        var loader = new StudyDataLoader();
        var rma = new RmaOptionSet();
        var layout = new PlotLayout();
        var json = CliOptions.Json();
        var estimator = new Option<string>("--estimator") { Description = "L0 (default) or R0.", DefaultValueFactory = _ => "L0" };
        estimator.AcceptOnlyFromAmong("L0", "R0");
        var side = new Option<string?>("--side") { Description = "left or right (default: chosen as metafor does, from the sign of the sqrt(vi) slope)." };
        side.AcceptOnlyFromAmong("left", "right");
        var funnel = new Option<string?>("--funnel") { Description = "Write a funnel plot with the filled studies (.svg or .png).", HelpName = "FILE" };
        var command = new Command("trimfill", "Trim-and-fill estimate of missing studies and the adjusted model, as metafor's trimfill().");
        loader.AddTo(command);
        rma.AddTo(command, moderators: false);
        command.Options.Add(estimator);
        command.Options.Add(side);
        command.Options.Add(funnel);
        layout.AddTo(command, forest: false);
        command.Options.Add(json);
        command.SetAction(parse => MetaRunner.Run(io, () =>
        {
            var funnelFile = PlotFile.Check(parse.GetValue(funnel), "--funnel");
            var size = layout.Size(parse);
            var data = loader.Load(parse);
            var fit = Rma.Fit(data.Yi, data.Vi, rma.Options(parse, data));
            if (fit.K < 2) throw new MetaInputException("trimfill needs at least 2 studies");
            var res = TrimFill.Compute(fit, parse.GetValue(side), Enum.Parse<TrimFillEstimator>(parse.GetValue(estimator)!));
            data.Settings["estimator"] = parse.GetValue(estimator);
            data.Settings["side"] = parse.GetValue(side) ?? "default";
            if (funnelFile is not null)
            {
                var filled = Enumerable.Range(0, res.Yi.Count).Where(i => res.Fill[i]).Select(i => new FunnelPoint(res.Yi[i], res.Vi[i])).ToList();
                PlotFile.Write(funnelFile, FunnelPlot.Render(data.Measure, res.Model, filled, size, PlotFile.Format(funnelFile)));
            }

            if (parse.GetValue(json))
            {
                var output = new Dictionary<string, object?>
                {
                    ["settings"] = data.Settings, ["k0"] = res.K0, ["se.k0"] = N(res.SeK0), ["p.k0"] = N(res.PK0), ["side"] = res.Side,
                    ["estimator"] = res.Estimator.ToString(),
                };
                foreach (var (key, value) in RmaJson.From(res.Model, Rma.Predict(res.Model), RmaJson.Confint(res.Model))) output[key] = value;
                output["augmented_yi"] = Arr(res.Yi);
                output["augmented_vi"] = Arr(res.Vi);
                output["augmented_fill"] = res.Fill;
                JsonOutput.Write(io, output);
                return ExitCodes.Ok;
            }

            io.Out.WriteLine($"Estimated number of missing studies on the {res.Side} side: {res.K0} (SE = {F(res.SeK0)}){(double.IsNaN(res.PK0) ? string.Empty : $", p = {P(res.PK0)} (R0 test of k0 = 0)")}");
            RmaPrinter.Print(io.Out, res.Model, Rma.Predict(res.Model), RmaJson.Confint(res.Model), data.Measure);
            if (funnelFile is not null) io.Out.WriteLine($"Funnel plot written to {funnelFile}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
