using System.CommandLine;
using Spectre.Console;
using Spinewise.Cli.Output;
using Spinewise.Evidence.Data;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.PublicationBias;
using static Spinewise.Cli.Commands.Meta.JsonValues;
using static Spinewise.Cli.Commands.Meta.MetaFormat;

namespace Spinewise.Cli.Commands.Meta;

/// <summary><c>spinewise meta regtest</c> and <c>spinewise meta ranktest</c>: funnel-plot asymmetry tests, as metafor's.</summary>
internal static class MetaBiasCommands
{
    public static Command RegTest(CliIo io)
    {
        var loader = new StudyDataLoader();
        var rma = new RmaOptionSet();
        var json = CliOptions.Json();
        var model = new Option<string>("--model") { Description = "rma (a meta-regression, metafor's default) or lm (Egger's weighted regression).", DefaultValueFactory = _ => "rma" };
        model.AcceptOnlyFromAmong("rma", "lm");
        var predictor = new Option<string>("--predictor") { Description = "sei (default), vi, ni, ninv or sqrtninv.", DefaultValueFactory = _ => "sei" };
        predictor.AcceptOnlyFromAmong("sei", "vi", "ni", "ninv", "sqrtninv");
        var command = new Command("regtest", "Regression test for funnel plot asymmetry (Egger's test and variants), as metafor's regtest().");
        loader.AddTo(command);
        rma.AddTo(command, moderators: false);
        command.Options.Add(model);
        command.Options.Add(predictor);
        command.Options.Add(json);
        command.SetAction(parse => MetaRunner.Run(io, () =>
        {
            var data = loader.Load(parse);
            var options = rma.Options(parse, data);
            var fit = Rma.Fit(data.Yi, data.Vi, options);
            if (fit.K < 3) throw new MetaInputException("regtest needs at least 3 studies");
            var p = Enum.Parse<RegTestPredictor>(parse.GetValue(predictor)!, ignoreCase: true);
            IReadOnlyList<double>? ni = null;
            if (p is RegTestPredictor.Ni or RegTestPredictor.Ninv or RegTestPredictor.Sqrtninv)
            {
                // the same --ni that maps escalc's ni column (one option, so it cannot shadow the other)
                var name = loader.Escalc.Column(parse, "ni") ?? "ni";
                if (!data.Table.HasColumn(name)) throw new CsvDataException(data.Table.Source, null, name, "missing column of sample sizes (set it with --ni)");
                ni = data.Table.Numeric(name);
            }

            var m = parse.GetValue(model) == "lm" ? RegTestModel.Lm : RegTestModel.Rma;
            var res = Evidence.PublicationBias.RegTest.Compute(fit, m, p, ni);
            var stat = res.IsT ? "tval" : "zval";
            data.Settings["model"] = parse.GetValue(model);
            data.Settings["predictor"] = parse.GetValue(predictor);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(io, new Dictionary<string, object?>
                {
                    ["settings"] = data.Settings, ["model"] = parse.GetValue(model), ["predictor"] = parse.GetValue(predictor),
                    [stat] = N(res.Statistic), ["pval"] = N(res.Pval), ["dfs"] = N(res.Dfs),
                    ["limit_estimate"] = double.IsNaN(res.LimitEstimate) ? null : new Dictionary<string, object?> { ["est"] = N(res.LimitEstimate), ["ci.lb"] = N(res.LimitCiLb), ["ci.ub"] = N(res.LimitCiUb) },
                    ["fit"] = new Dictionary<string, object?> { ["beta"] = Arr(res.Beta), ["se"] = Arr(res.Se), ["tau2"] = N(res.Tau2), ["sigma"] = N(res.Sigma) },
                });
                return ExitCodes.Ok;
            }

            io.Out.MarkupLineInterpolated($"[bold]Regression test for funnel plot asymmetry[/] (model: {parse.GetValue(model)}, predictor: {parse.GetValue(predictor)})");
            io.Out.MarkupLineInterpolated($"Test for funnel plot asymmetry: {(res.IsT ? "t" : "z")} = {F(res.Statistic)}{(res.IsT ? $", df = {res.Dfs}" : string.Empty)}, p = {P(res.Pval)}");
            if (!double.IsNaN(res.LimitEstimate))
            {
                io.Out.MarkupLineInterpolated($"Limit estimate (as {parse.GetValue(predictor)} -> 0): b = {F(res.LimitEstimate)} (CI: {F(res.LimitCiLb)}, {F(res.LimitCiUb)})");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    public static Command RankTest(CliIo io)
    {
        var loader = new StudyDataLoader();
        var rma = new RmaOptionSet();
        var json = CliOptions.Json();
        var command = new Command("ranktest", "Rank correlation test for funnel plot asymmetry (Begg and Mazumdar), as metafor's ranktest().");
        loader.AddTo(command);
        rma.AddTo(command, moderators: false);
        command.Options.Add(json);
        command.SetAction(parse => MetaRunner.Run(io, () =>
        {
            var data = loader.Load(parse);
            var fit = Rma.Fit(data.Yi, data.Vi, rma.Options(parse, data));
            if (fit.K < 3) throw new MetaInputException("ranktest needs at least 3 studies");
            var res = Evidence.PublicationBias.RankTest.Compute(fit);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(io, new Dictionary<string, object?>
                {
                    ["settings"] = data.Settings, ["tau"] = N(res.Tau), ["pval"] = N(res.Pval), ["exact_requested"] = true,
                    ["ties_present"] = res.TiesPresent, ["warnings"] = res.Warnings,
                });
                return ExitCodes.Ok;
            }

            io.Out.MarkupLineInterpolated($"[bold]Rank correlation test for funnel plot asymmetry[/]");
            io.Out.MarkupLineInterpolated($"Kendall's tau = {F(res.Tau)}, p = {P(res.Pval)}{(res.Exact ? " (exact)" : " (normal approximation)")}");
            foreach (var warning in res.Warnings)
            {
                io.Error.MarkupLineInterpolated($"[yellow]Warning:[/] {warning}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
