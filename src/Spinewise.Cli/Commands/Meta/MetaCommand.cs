using System.CommandLine;

namespace Spinewise.Cli.Commands.Meta;

/// <summary><c>spinewise meta</c>: meta-analysis models and diagnostics on a CSV of studies.</summary>
internal static class MetaCommand
{
    public static Command Create(CliIo io) => new("meta", "Meta-analysis (metafor-compatible): rma, mh, peto, leave1out, influence, regtest, ranktest, trimfill, fsn, mv, network.")
    {
        MetaRmaCommand.Create(io),
        MetaPooledCommand.Create(io, peto: false),
        MetaPooledCommand.Create(io, peto: true),
        MetaLeave1OutCommand.Create(io),
        MetaInfluenceCommand.Create(io),
        MetaBiasCommands.RegTest(io),
        MetaBiasCommands.RankTest(io),
        MetaTrimFillCommand.Create(io),
        MetaFsnCommand.Create(io),
        MetaMvCommand.Create(io),
        MetaNetworkCommand.Create(io),
    };
}
