using System.CommandLine;
using Spectre.Console;
using Spinewise.Application.Meta;
using Spinewise.Evidence.Sensitivity;
using static Spinewise.Application.Meta.Text.MetaNumberText;

namespace Spinewise.Cli.Commands.Meta;

/// <summary><c>spinewise meta fsn</c>: fail-safe N, as metafor's fsn().</summary>
internal static class MetaFsnCommand
{
    public static Command Create(CliIo io)
    {
        var cli = new MetaCli("fsn", "Fail-safe N (file-drawer analysis), as metafor's fsn().", FsnUseCase.Options);
        return cli.Build(io, parse =>
        {
            if (!MetaCli.Succeeded(io, new FsnUseCase().Run(cli.Request(parse)), out var run)) return ExitCodes.BadInput;
            if (parse.GetValue(cli.Json)) return MetaCli.WriteJson(io, run.Report);
            var r = run.Result;
            var t = r.Type;
            var a = run.Report.Settings.Alpha;
            io.Out.WriteLine($"Fail-safe N Calculation Using the {r.Type} Approach");
            io.Out.WriteLine();
            if (!double.IsNaN(r.MeanEs)) io.Out.WriteLine($"Average Effect Size:        {F(r.MeanEs)}");
            if (!double.IsNaN(r.Target)) io.Out.WriteLine($"Target Effect Size:         {F(r.Target)}");
            if (!double.IsNaN(r.Pval)) io.Out.WriteLine($"Observed Significance Level: {P(r.Pval)}");
            if (t != FailSafeType.Orwin) io.Out.WriteLine($"Target Significance Level:   {a}");
            io.Out.WriteLine();
            io.Out.WriteLine($"Fail-safe N: {r.FsNum}");
            return ExitCodes.Ok;
        });
    }
}
