using Spectre.Console;
using Spinewise.Application.Meta.Text;
using Spinewise.Evidence.EffectSizes;
using Spinewise.Evidence.Models;

namespace Spinewise.Cli.Commands.Meta;

/// <summary>Per-group estimates and the test for subgroup differences (the words: <see cref="RmaSummary.Subgroups"/>).</summary>
internal static class SubgroupPrinter
{
    public static void Print(IAnsiConsole console, SubgroupResult r, EffectMeasure? measure) =>
        SummaryConsole.Write(console, RmaSummary.Subgroups(r, measure));
}
