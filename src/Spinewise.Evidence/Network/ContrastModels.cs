using Spinewise.Evidence.Models;
using Spinewise.Evidence.Multivariate;

namespace Spinewise.Evidence.Network;

/// <summary>The contrast-based rma.mv models of a built network: consistency, design-by-treatment, Jackson's random inconsistency.</summary>
internal static class ContrastModels
{
    public const string Comp = "comp";
    public const string StudyFactor = "study";
    public const string DesignFactor = "design";

    /// <summary>contrmat: one column per non-reference treatment (ordinal order), +1 for treatment1, −1 for treatment2.</summary>
    public static ModelMatrix Design(NetworkBuilt net, IReadOnlyList<string> coefs)
    {
        var index = coefs.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var cols = coefs.Select(_ => new double[net.Contrasts.Count]).ToArray();
        for (int r = 0; r < net.Contrasts.Count; r++)
        {
            var c = net.Contrasts[r];
            if (index.TryGetValue(c.Treatment1, out int a)) cols[a][r] += 1;
            if (index.TryGetValue(c.Treatment2, out int b)) cols[b][r] -= 1;
        }

        return new ModelMatrix(coefs, cols);
    }

    public static RmaMvModel Model(NetworkBuilt net, ModelMatrix x, NetworkOptions options, bool withDesign)
    {
        var comp = net.Contrasts.Select(c => (string?)(c.Treatment1 + "\u001f" + c.Treatment2)).ToArray();
        var study = net.Contrasts.Select(c => (string?)c.Study).ToArray();
        var designOf = net.Studies.ToDictionary(s => s.Name, s => s.Design, StringComparer.Ordinal);
        var random = new List<RandomTerm>();
        if (!IsEe(options))
        {
            random.Add(RandomTerm.CompoundSymmetry(Comp, StudyFactor, options.Rho));
            if (withDesign)
            {
                random.Add(RandomTerm.CompoundSymmetry(Comp, DesignFactor, options.Phi));
            }
        }

        return new RmaMvModel
        {
            Yi = [.. net.Contrasts.Select(c => c.Yi)],
            V = SamplingCovariance.FromBlocks(net.Contrasts.Count, [.. net.Studies.Select(Block)]),
            X = x,
            Random = random,
            Factors = new Dictionary<string, IReadOnlyList<string?>>(StringComparer.Ordinal)
            {
                [Comp] = comp,
                [StudyFactor] = study,
                [DesignFactor] = [.. net.Contrasts.Select(c => (string?)designOf[c.Study])],
            },
        };
    }

    public static RmaMvOptions MvOptions(NetworkOptions o) => new() { Method = o.Method, Level = o.Level };

    public static bool IsEe(NetworkOptions o) => o.Method is TauSquaredEstimator.EE or TauSquaredEstimator.FE;

    private static CovarianceBlock Block(NetworkStudy s)
    {
        int n = s.Rows.Length;
        var values = new IReadOnlyList<double>[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = s.Block.AsSpan(i * n, n).ToArray();
        }

        return new CovarianceBlock(s.Rows, values);
    }

    /// <summary>The blocks of V as published on the result.</summary>
    public static IReadOnlyList<CovarianceBlock> Blocks(NetworkBuilt net) => [.. net.Studies.Select(Block)];
}
