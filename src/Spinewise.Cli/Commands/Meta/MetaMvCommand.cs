using System.CommandLine;
using Spinewise.Application.Meta;
using Spinewise.Application.Meta.Text;

namespace Spinewise.Cli.Commands.Meta;

/// <summary><c>spinewise meta mv</c>: multivariate / multilevel models with known sampling covariances, as metafor's rma.mv().</summary>
internal static class MetaMvCommand
{
    public static Command Create(CliIo io)
    {
        var random = MvUseCase.Options.Single(o => o.Name == "random");
        var confintSpec = MvUseCase.Options.Single(o => o.Name == "confint");
        var cli = new MetaCli("mv", "Fit a multivariate / multilevel model (random = ~ 1 | a/b, ~ inner | outer), as metafor's rma.mv().", [.. MvUseCase.Options.Where(o => o != random && o != confintSpec)]);
        var formulas = new Option<string[]>("--random")
        {
            Description = random.Description.Replace("; several separated by ';'", "; repeat --random for several", StringComparison.Ordinal),
            HelpName = random.HelpName,
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var confint = new Option<bool>("--confint") { Description = confintSpec.Description.Replace(" (true|false, default false)", "", StringComparison.Ordinal) };
        var v = new Option<string?>("--V") { Description = "CSV file of the full k × k sampling covariance matrix, no header, rows and columns in data order (instead of --vi).", HelpName = "FILE" };
        cli.Command.Options.Add(formulas);
        cli.Command.Options.Add(v);
        cli.Command.Options.Add(confint);
        return cli.Build(io, parse =>
        {
            var request = cli.Request(parse);
            if (parse.GetValue(formulas) is { Length: > 0 } given)
            {
                request = request with { Options = new Dictionary<string, string>(request.Options, StringComparer.Ordinal) { ["random"] = string.Join('\n', given) } };
            }

            if (parse.GetValue(confint))
            {
                request = request with { Options = new Dictionary<string, string>(request.Options, StringComparer.Ordinal) { ["confint"] = "true" } };
            }

            var matrix = parse.GetValue(v) is { } file ? MetaMatrix.FromFile(file) : null;
            if (!MetaCli.Succeeded(io, new MvUseCase().Run(request, matrix), out var run)) return ExitCodes.BadInput;
            if (parse.GetValue(cli.Json)) return MetaCli.WriteJson(io, run.Report);
            SummaryConsole.Write(io.Out, MvSummary.Of(run.Result));
            return ExitCodes.Ok;
        });
    }
}
