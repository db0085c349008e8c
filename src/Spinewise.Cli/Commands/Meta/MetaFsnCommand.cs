using System.CommandLine;
using Spectre.Console;
using Spinewise.Cli.Output;
using Spinewise.Evidence.Sensitivity;
using static Spinewise.Cli.Commands.Meta.JsonValues;
using static Spinewise.Cli.Commands.Meta.MetaFormat;

namespace Spinewise.Cli.Commands.Meta;

/// <summary><c>spinewise meta fsn</c>: fail-safe N, as metafor's fsn().</summary>
internal static class MetaFsnCommand
{
    public static Command Create(CliIo io)
    {
        var loader = new StudyDataLoader();
        var type = new Option<string?>("--type") { Description = "Rosenthal (default), Orwin or Rosenberg.", HelpName = "TYPE" };
        var target = OptionParsing.Number("--target", "Orwin: target average effect (default half the observed average).");
        var weighted = OptionParsing.Flag("--weighted", "Orwin: inverse-variance weighted average (true|false, default false).");
        var alpha = OptionParsing.Number("--alpha", "Significance level (default 0.05).", "A");
        var json = CliOptions.Json();
        var command = new Command("fsn", "Fail-safe N (file-drawer analysis), as metafor's fsn().");
        loader.AddTo(command);
        command.Options.Add(type);
        command.Options.Add(target);
        command.Options.Add(weighted);
        command.Options.Add(alpha);
        command.Options.Add(json);
        command.SetAction(parse => MetaRunner.Run(io, () =>
        {
            var t = parse.GetValue(type) is { } s ? OptionParsing.Enum<FailSafeType>("--type", s) : FailSafeType.Rosenthal;
            var a = parse.GetValue(alpha) ?? 0.05;
            if (a is <= 0 or >= 1) throw new MetaInputException($"--alpha: {a} is not between 0 and 1");
            var data = loader.Load(parse);
            var w = parse.GetValue(weighted) ?? false;
            var r = FailSafeN.Compute(data.Yi, data.Vi, t, a, parse.GetValue(target), w);
            data.Settings["type"] = t.ToString();
            data.Settings["alpha"] = a;
            data.Settings["target"] = parse.GetValue(target);
            data.Settings["weighted"] = w;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(io, new Dictionary<string, object?>
                {
                    ["settings"] = data.Settings, ["type"] = r.Type.ToString(), ["fsnum"] = N(r.FsNum), ["alpha"] = r.Alpha,
                    ["pval"] = N(r.Pval), ["meanes"] = N(r.MeanEs), ["target"] = N(r.Target),
                });
                return ExitCodes.Ok;
            }

            io.Out.WriteLine($"Fail-safe N Calculation Using the {r.Type} Approach");
            io.Out.WriteLine();
            if (!double.IsNaN(r.MeanEs)) io.Out.WriteLine($"Average Effect Size:        {F(r.MeanEs)}");
            if (!double.IsNaN(r.Target)) io.Out.WriteLine($"Target Effect Size:         {F(r.Target)}");
            if (!double.IsNaN(r.Pval)) io.Out.WriteLine($"Observed Significance Level: {P(r.Pval)}");
            if (t != FailSafeType.Orwin) io.Out.WriteLine($"Target Significance Level:   {a}");
            io.Out.WriteLine();
            io.Out.WriteLine($"Fail-safe N: {r.FsNum}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
