using System.CommandLine;
using Spectre.Console;
using Spinewise.Cli.Output;
using Spinewise.Cli.Plots;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Plots;

namespace Spinewise.Cli.Commands.Meta;

/// <summary><c>spinewise meta rma</c>: random/mixed/equal-effects model, meta-regression, subgroups, forest and funnel plots.</summary>
internal static class MetaRmaCommand
{
    public static Command Create(CliIo io)
    {
        var loader = new StudyDataLoader();
        var rma = new RmaOptionSet();
        var subgroup = new Option<string?>("--subgroup") { Description = "Column of subgroup labels: per-group fits and the test for subgroup differences.", HelpName = "COLUMN" };
        var forest = new Option<string?>("--forest") { Description = "Write a forest plot (.svg or .png).", HelpName = "FILE" };
        var funnel = new Option<string?>("--funnel") { Description = "Write a funnel plot (.svg or .png).", HelpName = "FILE" };
        var layout = new PlotLayout();
        var json = CliOptions.Json();
        var command = new Command("rma", "Fit a random-effects (or equal-effects / mixed-effects) model, as metafor's rma().");
        loader.AddTo(command);
        rma.AddTo(command);
        command.Options.Add(subgroup);
        command.Options.Add(forest);
        command.Options.Add(funnel);
        layout.AddTo(command, forest: true);
        command.Options.Add(json);
        command.SetAction(parse => MetaRunner.Run(io, () =>
        {
            var forestFile = PlotFile.Check(parse.GetValue(forest), "--forest");
            var funnelFile = PlotFile.Check(parse.GetValue(funnel), "--funnel");
            var size = layout.Size(parse);
            var data = loader.Load(parse);
            if (forestFile is not null) layout.CheckRows(parse, data.Table.RowCount);
            var options = rma.Options(parse, data);
            var x = rma.Matrix(parse, data);
            var group = parse.GetValue(subgroup);
            data.Settings["subgroup"] = group;
            data.Settings["forest"] = forestFile;
            data.Settings["funnel"] = funnelFile;
            var fit = Rma.Fit(data.Yi, data.Vi, options, x);
            var prediction = x is null ? Rma.Predict(fit) : null;
            var confint = RmaJson.Confint(fit);
            SubgroupResult? sub = null;
            if (group is not null)
            {
                if (x is not null) throw new MetaInputException("--subgroup and --mods cannot be combined (use --mods factor(COLUMN) for a moderator model)");
                sub = SubgroupAnalysis.Run(data.Yi, data.Vi, data.Table.Text(group), options, $"factor({group})");
            }

            if (forestFile is not null)
            {
                var studies = new StudySeries(data.Labels, data.Yi, data.Vi, data.Measure, group is null ? null : data.Table.Text(group));
                PlotFile.Write(forestFile, ForestPlot.Render(studies, fit, prediction, sub, size, PlotFile.Format(forestFile)));
            }

            if (funnelFile is not null) PlotFile.Write(funnelFile, FunnelPlot.Render(data.Measure, fit, null, size, PlotFile.Format(funnelFile)));
            if (parse.GetValue(json))
            {
                var output = new Dictionary<string, object?> { ["settings"] = data.Settings };
                foreach (var (key, value) in RmaJson.From(fit, prediction, confint)) output[key] = value;
                if (sub is not null)
                {
                    foreach (var (key, value) in SubgroupJson.From(sub)) output[key] = value;
                }

                JsonOutput.Write(io, output);
            }
            else
            {
                RmaPrinter.Print(io.Out, fit, prediction, confint, data.Measure);
                if (sub is not null) SubgroupPrinter.Print(io.Out, sub, data.Measure);
                if (forestFile is not null) io.Out.WriteLine($"Forest plot written to {forestFile}");
                if (funnelFile is not null) io.Out.WriteLine($"Funnel plot written to {funnelFile}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
