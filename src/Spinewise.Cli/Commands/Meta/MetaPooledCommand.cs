using System.CommandLine;
using Spinewise.Cli.Output;
using Spinewise.Evidence.Data;
using Spinewise.Evidence.EffectSizes;
using Spinewise.Evidence.FixedEffects;

namespace Spinewise.Cli.Commands.Meta;

/// <summary><c>spinewise meta mh</c> and <c>meta peto</c>: Mantel-Haenszel and Peto equal-effects models on raw counts.</summary>
internal static class MetaPooledCommand
{
    public static Command Create(CliIo io, bool peto)
    {
        var file = new Argument<string>("DATA") { Description = "CSV file with 2x2 counts (ai, bi/n1i, ci, di/n2i) or, for IRR/IRD, x1i, x2i, t1i, t2i." };
        var escalc = new EscalcOptionSet(measureRequired: !peto, "Measure: OR, RR, RD, IRR or IRD.",
            peto ? [EffectMeasure.PETO] : [EffectMeasure.OR, EffectMeasure.RR, EffectMeasure.RD, EffectMeasure.IRR, EffectMeasure.IRD]);
        var correct = OptionParsing.Flag("--correct", "Continuity correction in the CMH / MH tests (true|false, default true).");
        var level = OptionParsing.Number("--level", "Confidence level: 95 (percent) or 0.95 (fraction), as metafor's level (default 95).", "L");
        var json = CliOptions.Json();
        var command = peto
            ? new Command("peto", "Peto's one-step odds-ratio model on 2x2 counts, as metafor's rma.peto().") { file }
            : new Command("mh", "Mantel-Haenszel model on 2x2 counts or incidence rates, as metafor's rma.mh().") { file };
        escalc.AddTo(command, zeroCellOptions: true, vtype: false);
        if (peto) command.Options.Remove(escalc.Measure);
        else command.Options.Add(correct);
        command.Options.Add(level);
        command.Options.Add(json);
        command.SetAction(parse => MetaRunner.Run(io, () =>
        {
            var measure = peto ? EffectMeasure.PETO : EscalcOptionSet.ParseMeasure(parse.GetValue(escalc.Measure)!);
            if (measure is not (EffectMeasure.OR or EffectMeasure.RR or EffectMeasure.RD or EffectMeasure.IRR or EffectMeasure.IRD or EffectMeasure.PETO))
            {
                throw new MetaInputException($"--measure: meta mh supports OR, RR, RD, IRR and IRD, not {measure}");
            }

            var lvl = parse.GetValue(level) is { } l ? OptionParsing.LevelPercent(l) : 95;
            var escalcOptions = escalc.Options(parse, drop00Default: true);
            var options = new MhOptions
            {
                Add = escalcOptions.Add ?? 0.5, To = escalcOptions.To, Drop00 = escalcOptions.Drop00, Correct = parse.GetValue(correct) ?? true, Level = lvl,
            };
            var table = CsvReader.ReadFile(parse.GetValue(file)!);
            if (table.RowCount == 0) throw new CsvDataException(table.Source, null, null, "the file has a header but no rows");
            var (data, columns) = escalc.Data(parse, table, measure);
            EscalcOptionSet.Check(table, Escalc.Compute(measure, data, escalcOptions).Diagnostics, columns);
            var result = peto ? Peto.Fit(data, options) : MantelHaenszel.Fit(measure, data, options);
            if (parse.GetValue(json))
            {
                var output = new Dictionary<string, object?>
                {
                    ["settings"] = new Dictionary<string, object?>
                    {
                        ["file"] = table.Source, ["measure"] = measure.ToString(), ["columns"] = columns, ["add"] = options.Add,
                        ["to"] = options.To.ToString().ToLowerInvariant(), ["drop00"] = options.Drop00, ["correct"] = peto ? null : options.Correct, ["level"] = lvl,
                    },
                };
                foreach (var (key, value) in PooledJson.From(result, lvl, !peto)) output[key] = value;
                JsonOutput.Write(io, output);
            }
            else
            {
                PooledPrinter.Print(io.Out, result, peto ? "Equal-Effects Model (Peto's method)" : $"Equal-Effects Model (Mantel-Haenszel method, {measure})");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
