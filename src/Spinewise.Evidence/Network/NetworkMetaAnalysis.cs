using Spinewise.Evidence.Common;
using Spinewise.Evidence.Multivariate;

namespace Spinewise.Evidence.Network;

/// <summary>
/// Network meta-analysis on top of <see cref="RmaMv"/>, as metafor's <c>to.wide</c> + <c>escalc</c> +
/// <c>calc.v</c> + <c>contrmat</c> + <c>rma.mv</c> workflow (the <c>dat.senn2013</c> help page).
/// </summary>
public static class NetworkMetaAnalysis
{
    /// <summary>
    /// Builds the contrasts (from arms, or taken as given), checks the network, fits the chosen model and derives the
    /// effects vs the reference, the league table, the ranking, the inconsistency test and the direct/indirect split.
    /// Bad input is never thrown: it comes back as diagnostics naming the row and field.
    /// </summary>
    /// <param name="data">Arm-level rows or contrasts.</param>
    /// <param name="options">Options; null for the defaults.</param>
    public static NetworkOutcome Fit(NetworkData data, NetworkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new NetworkOptions();
        var problems = new List<DataDiagnostic>();
        NetworkLevels.CheckOptions(options, problems);
        if (options.Model == NetworkModel.ArmBased && data.Arms is null)
        {
            problems.Add(new(NetworkDiagnostics.ArmBasedNeedsArms, -1, "model", "the arm-based model needs arm-level rows, not contrasts"));
        }

        if (problems.Count > 0)
        {
            return new NetworkOutcome(null, problems);
        }

        var net = data.Arms is { } arms ? ArmContrasts.Build(arms, options, problems) : GivenContrasts.Build(data.Contrasts!, data.V, options, problems);
        if (net is not null && options.Moderator is { } moderator)
        {
            MetaRegression.Check(net, moderator, problems);
        }

        if (net is null || problems.Count > 0)
        {
            return new NetworkOutcome(null, problems);
        }

        try
        {
            return new NetworkOutcome(Analyse(data, net, options, problems), problems);
        }
        catch (MetaAnalysisException e)
        {
            problems.Add(new(NetworkDiagnostics.FitFailed, -1, "model", e.Message));
            return new NetworkOutcome(null, problems);
        }
    }

    private static NetworkResult? Analyse(NetworkData data, NetworkBuilt net, NetworkOptions options, List<DataDiagnostic> problems)
    {
        var coefs = net.Geometry.Treatments.Select(t => t.Treatment).Where(t => t != net.Reference).ToList();
        RmaMvResult fit;
        NetworkFit network;
        NetworkInconsistency? inconsistency = null;
        IReadOnlyList<NetworkSplit> split = [];
        MvWaldTest treatmentTest;
        NetworkRegression? regression = null;
        if (options.Model == NetworkModel.ArmBased)
        {
            var armBased = ArmBasedModel.Fit(data.Arms!, net, options, problems);
            if (armBased is null)
            {
                return null;
            }

            (fit, network) = armBased.Value;
            treatmentTest = RmaMv.Wald(fit, [.. Enumerable.Range(fit.P - coefs.Count, coefs.Count)]);
        }
        else
        {
            var x = ContrastModels.Design(net, coefs);
            fit = RmaMv.Fit(ContrastModels.Model(net, x, options, withDesign: false), ContrastModels.MvOptions(options));
            network = new NetworkFit(coefs, net.Reference, fit.Beta, fit.Vb, fit.Tau2);
            treatmentTest = RmaMv.Wald(fit, [.. Enumerable.Range(0, coefs.Count)]);
            if (options.Moderator is { } moderator)
            {
                regression = MetaRegression.Fit(net, x, moderator, options);
            }

            if (options.AssessInconsistency)
            {
                inconsistency = DesignByTreatment.Assess(net, x, fit, options);
                split = BackCalculation.Split(net, network);
            }
        }

        var league = NetworkRanking.Pairwise(network, options.Level);
        return new NetworkResult
        {
            Geometry = net.Geometry,
            Measure = data.Arms is not null && data.Arms[0].Kind != NetworkArmKind.Estimate ? options.Measure : null,
            Model = options.Model,
            Reference = net.Reference,
            Treatments = [.. coefs, net.Reference],
            Contrasts = net.Contrasts,
            V = ContrastModels.Blocks(net),
            Fit = fit,
            Effects = [.. league.Where(c => c.Treatment2 == net.Reference)],
            League = league,
            Ranking = Rank(network, options),
            TreatmentTest = treatmentTest,
            Tau2 = network.Tau2,
            Inconsistency = inconsistency,
            Split = split,
            Regression = regression,
            Warnings = net.Warnings,
        };
    }

    private static List<NetworkRank> Rank(NetworkFit network, NetworkOptions options)
    {
        var scores = NetworkRanking.PScores(network, options.SmallerIsBetter);
        var names = network.Treatments.Append(network.Reference).ToArray();
        var probs = RankSimulation.Probabilities(network, options.SmallerIsBetter, options.RankSimulations, options.RankSeed);
        int a = names.Length;
        return [.. names.Select((t, i) => new NetworkRank(t, scores[t], scores[t], 1 + ((a - 1) * (1 - scores[t])), probs[i]))
            .OrderByDescending(r => r.PScore).ThenBy(r => r.Treatment, StringComparer.Ordinal)];
    }
}
