using Spinewise.Application.Meta.Contracts;
using Spinewise.Evidence.Network;
using static Spinewise.Application.Meta.MetaNumber;

namespace Spinewise.Application.Meta.Internal;

/// <summary>Maps network fits to their contract.</summary>
internal static class NetworkReports
{
    public static NetworkReport Report(NetworkAnalysis a, NetworkSettings settings)
    {
        var r = a.Result;
        var g = r.Geometry;
        return new NetworkReport(MvReports.Model(a.Reported, null, [], [], "CS"))
        {
            Settings = settings,
            Confint = a.Confint is { } ci ? MvReports.Confint(ci, a.Reported.Options.Level) : null,
            ReferenceTreatment = r.Reference,
            Treatments = [.. r.Treatments],
            Measure = r.Measure?.ToString(),
            Effects = Contrasts(r.Effects),
            League = Contrasts(r.League),
            PScore = r.Ranking.ToDictionary(x => x.Treatment, x => new MetaNumber(x.PScore), StringComparer.Ordinal),
            Sucra = r.Ranking.ToDictionary(x => x.Treatment, x => new MetaNumber(x.Sucra), StringComparer.Ordinal),
            Ranking = [.. r.Ranking.Select(x => new NetworkRankReport
            {
                Treatment = x.Treatment, PScore = x.PScore, Sucra = x.Sucra, MeanRank = x.MeanRank, RankProbabilities = List(x.RankProbabilities),
            })],
            Split = [.. r.Split.Select(s => new NetworkSplitReport
            {
                Label = $"{s.Treatment1} - {s.Treatment2}", Studies = s.Studies, Network = s.Network, NetworkSe = s.NetworkSe, Direct = s.Direct,
                DirectSe = s.DirectSe, Indirect = s.Indirect, IndirectSe = s.IndirectSe, Difference = s.Difference, DifferenceSe = s.DifferenceSe, Z = s.Z, P = s.P,
            })],
            Inconsistency = r.Inconsistency is { } i ? new NetworkInconsistencyReport
            {
                Df = i.Df, QM = i.QM, QMp = i.QMp, QTotal = i.QTotal, QTotalDf = i.QTotalDf, QHeterogeneity = i.QHeterogeneity,
                QHeterogeneityDf = i.QHeterogeneityDf, QInconsistency = i.QInconsistency, QInconsistencyP = i.QInconsistencyP,
                Gamma2 = i.RandomModel.Gamma2 is { } g2 ? g2 : null,
            } : null,
            Regression = r.Regression is { } reg ? new NetworkRegressionReport
            {
                Moderator = reg.Moderator, Interactions = [.. reg.Interactions], CoefNames = [.. reg.Fit.CoefNames], Beta = List(reg.Fit.Beta), Se = List(reg.Fit.Se),
                Pval = List(reg.Fit.Pval), CiLb = List(reg.Fit.CiLb), CiUb = List(reg.Fit.CiUb), Tau2 = reg.Fit.Tau2 is { } t2 ? new MetaNumber(t2) : null,
                QM = reg.Test.QM, QMdf = reg.Test.QMdf1, QMp = reg.Test.QMp, Levels = reg.Levels is { } levels ? [.. levels] : null,
            } : null,
            Subgroups = a.Subgroups is { } sg ? new NetworkSubgroupsReport
            {
                Column = a.SubgroupColumn ?? "",
                Groups = [.. sg.Groups.Select(g => new NetworkSubgroupReport
                {
                    Subgroup = g.Key,
                    Studies = g.Value.Result?.Geometry.Studies ?? 0,
                    Effects = g.Value.Result is { } gr ? Contrasts(gr.Effects) : null,
                    Tau2 = g.Value.Result?.Tau2 is { } t2 ? new MetaNumber(t2) : null,
                    Problems = g.Value.Result is null ? [.. g.Value.Diagnostics.Select(d => d.Row >= 0 ? $"row {d.Row + 1}: {d.Message}" : d.Message)] : [],
                })],
                Difference = sg.Difference is { } diff ? new NetworkSubgroupDifferenceReport
                {
                    Subgroups = diff.Subgroups, Treatments = diff.Treatments, QM = diff.QM, QMdf = diff.Df, QMp = diff.QMp,
                } : null,
            } : null,
            Network = new NetworkGeometryReport
            {
                Treatments = g.Treatments, Edges = g.Edges, Designs = g.Designs, MultiArmStudies = g.MultiArmStudies, Studies = g.Studies, Components = g.Components,
            },
            Warnings = [.. r.Warnings.Select(w => w.Row >= 0 ? $"row {w.Row + 1}: {w.Message}" : w.Message), .. a.Notes],
        };
    }

    private static NetworkContrastsReport Contrasts(IReadOnlyList<NetworkContrast> c) => new()
    {
        Label = [.. c.Select(x => x.Label)], Pred = List(c.Select(x => x.Pred)), Se = List(c.Select(x => x.Se)),
        CiLb = List(c.Select(x => x.CiLb)), CiUb = List(c.Select(x => x.CiUb)), PiLb = List(c.Select(x => x.PiLb)), PiUb = List(c.Select(x => x.PiUb)),
    };
}
