using Spectre.Console;
using Spinewise.Application.Meta.Text;
using Spinewise.Evidence.EffectSizes;
using Spinewise.Evidence.Models;

namespace Spinewise.Cli.Commands.Meta;

/// <summary>A metafor-like printed summary of an rma.uni fit (the words: <see cref="RmaSummary.Model"/>).</summary>
internal static class RmaPrinter
{
    public static void Print(IAnsiConsole console, RmaResult fit, RmaPrediction? prediction, HeterogeneityIntervals? confint, EffectMeasure? measure) =>
        SummaryConsole.Write(console, RmaSummary.Model(fit, prediction, confint, measure));
}
