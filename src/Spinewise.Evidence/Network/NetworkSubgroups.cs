using Spinewise.Evidence.Common;
using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.Network;

/// <summary>Fits a network per subgroup of studies (e.g. diagnosis, sham type) and tests the difference (see <see cref="NetworkSubgroupTest"/>).</summary>
public static class NetworkSubgroups
{
    /// <summary>Diagnostic code: a study has no subgroup.</summary>
    public const string MissingSubgroup = "NMA_MISSING_SUBGROUP";

    /// <summary>
    /// Splits the studies by <paramref name="subgroupOfStudy"/>, fits each part with the same options (give
    /// <see cref="NetworkOptions.Reference"/> so every part has the same reference), and tests whether the treatment
    /// effects differ between the parts.
    /// </summary>
    /// <param name="data">Arm-level rows or contrasts of all studies.</param>
    /// <param name="subgroupOfStudy">Study → subgroup label.</param>
    /// <param name="options">Options for every subgroup; null for the defaults.</param>
    public static NetworkSubgroupResult Fit(NetworkData data, IReadOnlyDictionary<string, string> subgroupOfStudy, NetworkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(subgroupOfStudy);
        var studies = data.Arms?.Select(a => a.Study).ToList() ?? [.. data.Contrasts!.Select(c => c.Study)];
        var problems = new List<DataDiagnostic>();
        for (int r = 0; r < studies.Count; r++)
        {
            if (!subgroupOfStudy.ContainsKey(studies[r] ?? ""))
            {
                problems.Add(new(MissingSubgroup, r, "subgroup", $"study '{studies[r]}' has no subgroup"));
            }
        }

        if (problems.Count > 0)
        {
            return new NetworkSubgroupResult(new Dictionary<string, NetworkOutcome>(), null, problems);
        }

        var groups = new SortedDictionary<string, NetworkOutcome>(StringComparer.Ordinal);
        foreach (var label in studies.Select(s => subgroupOfStudy[s]).Distinct().Order(StringComparer.Ordinal))
        {
            int[] rows = [.. Enumerable.Range(0, studies.Count).Where(r => subgroupOfStudy[studies[r]] == label)];
            var part = data.Arms is { } arms
                ? NetworkData.FromArms([.. rows.Select(r => arms[r])])
                : NetworkData.FromContrasts([.. rows.Select(r => data.Contrasts![r])], data.V is { } v ? [.. rows.Select(r => (IReadOnlyList<double>)[.. rows.Select(c => v[r][c])])] : null);
            var outcome = NetworkMetaAnalysis.Fit(part, options);
            groups[label] = outcome with { Diagnostics = [.. outcome.Diagnostics.Select(d => d with { Row = d.Row >= 0 ? rows[d.Row] : -1 })] };
        }

        return new NetworkSubgroupResult(groups, Test(groups), problems);
    }

    private static NetworkSubgroupTest? Test(SortedDictionary<string, NetworkOutcome> groups)
    {
        var fitted = groups.Where(g => g.Value.Result is not null).Select(g => (g.Key, Res: g.Value.Result!)).ToList();
        if (fitted.Count < 2 || fitted.Select(f => f.Res.Reference).Distinct().Count() != 1)
        {
            return null;
        }

        var common = fitted.Select(f => f.Res.Effects.Select(e => e.Treatment1)).Aggregate((a, b) => a.Intersect(b, StringComparer.Ordinal)).Order(StringComparer.Ordinal).ToList();
        int p = common.Count;
        if (p == 0)
        {
            return null;
        }

        var parts = new List<(double[] B, double[] W)>();
        foreach (var (_, res) in fitted)
        {
            var coefs = res.Effects.Select(e => e.Treatment1).ToList();
            int[] idx = [.. common.Select(t => coefs.IndexOf(t))];
            var vb = res.Model == NetworkModel.ArmBased ? ArmVb(res) : res.Fit.Vb;
            var sub = new double[p * p];
            for (int a = 0; a < p; a++)
            {
                for (int c = 0; c < p; c++) sub[(a * p) + c] = vb[idx[a]][idx[c]];
            }

            var w = SmallMatrix.InvertSpd(sub, p, out _);
            if (w is null)
            {
                return null;
            }

            parts.Add(([.. idx.Select(i => res.Effects[i].Pred)], w));
        }

        var sw = new double[p * p];
        var swb = new double[p];
        foreach (var (b, w) in parts)
        {
            for (int a = 0; a < p; a++)
            {
                for (int c = 0; c < p; c++)
                {
                    sw[(a * p) + c] += w[(a * p) + c];
                    swb[a] += w[(a * p) + c] * b[c];
                }
            }
        }

        var swInv = SmallMatrix.InvertSpd(sw, p, out _)!;
        var mean = new double[p];
        for (int a = 0; a < p; a++)
        {
            for (int c = 0; c < p; c++) mean[a] += swInv[(a * p) + c] * swb[c];
        }

        double q = 0;
        foreach (var (b, w) in parts)
        {
            for (int a = 0; a < p; a++)
            {
                for (int c = 0; c < p; c++) q += (b[a] - mean[a]) * w[(a * p) + c] * (b[c] - mean[c]);
            }
        }

        int df = (fitted.Count - 1) * p;
        return new NetworkSubgroupTest([.. fitted.Select(f => f.Key)], common, q, df, StatDist.PChisqUpper(q, df));
    }

    /// <summary>The treatment block of an arm-based fit's vb (its study intercepts come first).</summary>
    private static IReadOnlyList<IReadOnlyList<double>> ArmVb(NetworkResult res)
    {
        int s0 = res.Fit.P - (res.Treatments.Count - 1);
        return [.. res.Fit.Vb.Skip(s0).Select(r => (IReadOnlyList<double>)[.. r.Skip(s0)])];
    }
}
