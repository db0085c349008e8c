using System.CommandLine;
using Spinewise.Application.Meta;

namespace Spinewise.Cli.Commands.Meta;

/// <summary><c>spinewise meta mh</c> and <c>meta peto</c>: Mantel-Haenszel and Peto equal-effects models on raw counts.</summary>
internal static class MetaPooledCommand
{
    private const string DataHelp = "CSV file with 2x2 counts (ai, bi/n1i, ci, di/n2i) or, for IRR/IRD, x1i, x2i, t1i, t2i.";

    public static Command Create(CliIo io, bool peto)
    {
        var cli = peto
            ? new MetaCli("peto", "Peto's one-step odds-ratio model on 2x2 counts, as metafor's rma.peto().", PetoUseCase.Options, DataHelp)
            : new MetaCli("mh", "Mantel-Haenszel model on 2x2 counts or incidence rates, as metafor's rma.mh().", MantelHaenszelUseCase.Options, DataHelp, "measure");
        return cli.Build(io, parse =>
        {
            var request = cli.Request(parse);
            var result = peto ? new PetoUseCase().Run(request) : new MantelHaenszelUseCase().Run(request);
            if (!MetaCli.Succeeded(io, result, out var run)) return ExitCodes.BadInput;
            if (parse.GetValue(cli.Json)) return MetaCli.WriteJson(io, run.Report);
            PooledPrinter.Print(io.Out, run.Result, peto ? "Equal-Effects Model (Peto's method)" : $"Equal-Effects Model (Mantel-Haenszel method, {run.Report.Settings.Measure})");
            return ExitCodes.Ok;
        });
    }
}
