using Spinewise.Evidence.Common;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Multivariate;

namespace Spinewise.Evidence.Network;

/// <summary>Builds and fits the treatment × moderator model (see <see cref="NetworkRegression"/>).</summary>
internal static class MetaRegression
{
    public static void Check(NetworkBuilt net, NetworkModerator moderator, List<DataDiagnostic> problems)
    {
        foreach (var s in net.Studies)
        {
            if (!moderator.Values.TryGetValue(s.Name, out double m) || !double.IsFinite(m))
            {
                problems.Add(new(NetworkDiagnostics.MissingModerator, s.FirstRow, moderator.Name, $"study '{s.Name}' has no finite value of '{moderator.Name}'"));
            }
        }
    }

    public static NetworkRegression Fit(NetworkBuilt net, ModelMatrix x, NetworkModerator moderator, NetworkOptions options)
    {
        int k = net.Contrasts.Count, p = x.P;
        var basis = new List<double[]>();
        var names = new List<string>(x.ColumnNames);
        var cols = new List<IReadOnlyList<double>>();
        for (int j = 0; j < p; j++)
        {
            double[] col = [.. Enumerable.Range(0, k).Select(i => x[i, j])];
            cols.Add(col);
            DesignByTreatment.TryAdd(basis, (double[])col.Clone());
        }

        var interactions = new List<string>();
        for (int j = 0; j < p; j++)
        {
            double[] col = [.. Enumerable.Range(0, k).Select(i => x[i, j] * moderator.Values[net.Contrasts[i].Study])];
            if (DesignByTreatment.TryAdd(basis, (double[])col.Clone()))
            {
                cols.Add(col);
                names.Add($"{x.ColumnNames[j]}:{moderator.Name}");
                interactions.Add(x.ColumnNames[j]);
            }
        }

        var fit = RmaMv.Fit(ContrastModels.Model(net, new ModelMatrix(names, cols), options, withDesign: false), ContrastModels.MvOptions(options));
        if (interactions.Count == 0)
        {
            throw new MetaAnalysisException($"the moderator '{moderator.Name}' modifies no treatment effect the data can estimate (every interaction is aliased)");
        }

        return new NetworkRegression(moderator.Name, interactions, RmaMv.Wald(fit, [.. Enumerable.Range(p, interactions.Count)]), fit);
    }
}
