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
            bool present = moderator.Values is { } values
                ? values.TryGetValue(s.Name, out double m) && double.IsFinite(m)
                : moderator.Levels!.TryGetValue(s.Name, out var level) && !string.IsNullOrWhiteSpace(level);
            if (!present)
            {
                string what = moderator.Values is null ? "level" : "finite value";
                problems.Add(new(NetworkDiagnostics.MissingModerator, s.FirstRow, moderator.Name, $"study '{s.Name}' has no {what} of '{moderator.Name}'"));
            }
        }

        if (moderator.Levels is not null && problems.Count == 0 && moderator.LevelsAmong(net.Studies.Select(s => s.Name)) is { Count: 1 } one)
        {
            problems.Add(new(NetworkDiagnostics.MissingModerator, -1, moderator.Name,
                $"the moderator '{moderator.Name}' has one level ('{one[0]}') among the network's studies: there is nothing to compare"));
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
        var terms = moderator.Columns(net.Studies.Select(s => s.Name));
        for (int j = 0; j < p; j++)
        {
            foreach (var (suffix, value) in terms)
            {
                double[] col = [.. Enumerable.Range(0, k).Select(i => x[i, j] * value(net.Contrasts[i].Study))];
                if (DesignByTreatment.TryAdd(basis, (double[])col.Clone()))
                {
                    cols.Add(col);
                    names.Add($"{x.ColumnNames[j]}:{moderator.Name}{suffix}");
                    interactions.Add(suffix.Length == 0 ? x.ColumnNames[j] : $"{x.ColumnNames[j]}:{moderator.Name}{suffix}");
                }
            }
        }

        var fit = RmaMv.Fit(ContrastModels.Model(net, new ModelMatrix(names, cols), options, withDesign: false), ContrastModels.MvOptions(options));
        if (interactions.Count == 0)
        {
            throw new MetaAnalysisException($"the moderator '{moderator.Name}' modifies no treatment effect the data can estimate (every interaction is aliased)");
        }

        var levels = moderator.Levels is null ? null : moderator.LevelsAmong(net.Studies.Select(s => s.Name));
        return new NetworkRegression(moderator.Name, interactions, RmaMv.Wald(fit, [.. Enumerable.Range(p, interactions.Count)]), fit) { Levels = levels };
    }
}
