using System.CommandLine;
using Spectre.Console;
using Spinewise.Application.Meta;
using static Spinewise.Application.Meta.Text.MetaNumberText;

namespace Spinewise.Cli.Commands.Meta;

/// <summary><c>spinewise meta regtest</c> and <c>spinewise meta ranktest</c>: funnel-plot asymmetry tests, as metafor's.</summary>
internal static class MetaBiasCommands
{
    public static Command RegTest(CliIo io)
    {
        var cli = new MetaCli("regtest", "Regression test for funnel plot asymmetry (Egger's test and variants), as metafor's regtest().", RegTestUseCase.Options);
        return cli.Build(io, parse =>
        {
            if (!MetaCli.Succeeded(io, new RegTestUseCase().Run(cli.Request(parse)), out var run)) return ExitCodes.BadInput;
            if (parse.GetValue(cli.Json)) return MetaCli.WriteJson(io, run.Report);
            var res = run.Result;
            var (model, predictor) = (run.Report.Model, run.Report.Predictor);
            io.Out.MarkupLineInterpolated($"[bold]Regression test for funnel plot asymmetry[/] (model: {model}, predictor: {predictor})");
            io.Out.MarkupLineInterpolated($"Test for funnel plot asymmetry: {(res.IsT ? "t" : "z")} = {F(res.Statistic)}{(res.IsT ? $", df = {res.Dfs}" : string.Empty)}, p = {P(res.Pval)}");
            if (!double.IsNaN(res.LimitEstimate))
            {
                io.Out.MarkupLineInterpolated($"Limit estimate (as {predictor} -> 0): b = {F(res.LimitEstimate)} (CI: {F(res.LimitCiLb)}, {F(res.LimitCiUb)})");
            }

            return ExitCodes.Ok;
        });
    }

    public static Command RankTest(CliIo io)
    {
        var cli = new MetaCli("ranktest", "Rank correlation test for funnel plot asymmetry (Begg and Mazumdar), as metafor's ranktest().", RankTestUseCase.Options);
        return cli.Build(io, parse =>
        {
            if (!MetaCli.Succeeded(io, new RankTestUseCase().Run(cli.Request(parse)), out var run)) return ExitCodes.BadInput;
            if (parse.GetValue(cli.Json)) return MetaCli.WriteJson(io, run.Report);
            var res = run.Result;
            io.Out.MarkupLineInterpolated($"[bold]Rank correlation test for funnel plot asymmetry[/]");
            io.Out.MarkupLineInterpolated($"Kendall's tau = {F(res.Tau)}, p = {P(res.Pval)}{(res.Exact ? " (exact)" : " (normal approximation)")}");
            foreach (var warning in res.Warnings)
            {
                io.Error.MarkupLineInterpolated($"[yellow]Warning:[/] {warning}");
            }

            return ExitCodes.Ok;
        });
    }
}
