using System.CommandLine;
using Spectre.Console;
using Spinewise.Application.Meta;
using Spinewise.Application.Meta.Text;
using Spinewise.Cli.Plots;

namespace Spinewise.Cli.Commands.Meta;

/// <summary><c>spinewise meta network</c>: network meta-analysis from arm-level rows, with network graph, forest and league plots.</summary>
internal static class MetaNetworkCommand
{
    public static Command Create(CliIo io)
    {
        var confintSpec = NetworkUseCase.PlotOptions.Single(o => o.Name == "confint");
        var cli = new MetaCli("network", "Network meta-analysis from arm-level rows (metafor's contrast-based rma.mv workflow): effects, league table, P-scores, inconsistency.", [.. NetworkUseCase.PlotOptions.Where(o => o != confintSpec)]);
        var confint = new Option<bool>("--confint") { Description = confintSpec.Description.Replace(" (true|false, default false)", "", StringComparison.Ordinal) };
        cli.Command.Options.Add(confint);
        var plot = new Option<string?>("--plot") { Description = "Write the network graph (.svg or .png).", HelpName = "FILE" };
        var forest = new Option<string?>("--forest") { Description = "Write a forest plot of every treatment vs the reference (.svg or .png).", HelpName = "FILE" };
        var league = new Option<string?>("--league") { Description = "Write the league-table heat map (.svg or .png).", HelpName = "FILE" };
        cli.Command.Options.Add(plot);
        cli.Command.Options.Add(forest);
        cli.Command.Options.Add(league);
        return cli.Build(io, parse =>
        {
            var plotFile = PlotFile.Check(parse.GetValue(plot), "--plot");
            var forestFile = PlotFile.Check(parse.GetValue(forest), "--forest");
            var leagueFile = PlotFile.Check(parse.GetValue(league), "--league");
            var request = cli.Request(parse);
            var plots = plotFile is null && forestFile is null && leagueFile is null ? null
                : new NetworkPlotRequest(Format(plotFile), Format(forestFile), Format(leagueFile));
            if (plots is null) request = PlotFile.WithoutPlotOptions(request);
            if (parse.GetValue(confint))
            {
                request = request with { Options = new Dictionary<string, string>(request.Options, StringComparer.Ordinal) { ["confint"] = "true" } };
            }

            if (!MetaCli.Succeeded(io, new NetworkUseCase().Run(request, plots), out var run)) return ExitCodes.BadInput;
            var a = run.Result;
            if (plotFile is not null) PlotFile.Write(plotFile, a.GraphImage!);
            if (forestFile is not null) PlotFile.Write(forestFile, a.ForestImage!);
            if (leagueFile is not null) PlotFile.Write(leagueFile, a.LeagueImage!);
            if (parse.GetValue(cli.Json))
            {
                return MetaCli.WriteJson(io, run.Report with { Settings = run.Report.Settings with { Plot = plotFile, Forest = forestFile, League = leagueFile } });
            }

            SummaryConsole.Write(io.Out, NetworkSummary.Of(a));
            foreach (var (file, what) in new[] { (plotFile, "Network graph"), (forestFile, "Forest plot"), (leagueFile, "League table") })
            {
                if (file is not null) io.Out.WriteLine($"{what} written to {file}");
            }

            return ExitCodes.Ok;
        });
    }

    private static Evidence.Plots.PlotFormat? Format(string? file) => file is null ? null : PlotFile.Format(file);
}
