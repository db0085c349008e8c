using MathNet.Numerics.Distributions;
using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.Plots;

/// <summary>Lays out forest-plot rows: studies (by subgroup when given), subgroup and overall diamonds, prediction interval.</summary>
public static class ForestRows
{
    /// <summary>The rows of a forest plot, top to bottom.</summary>
    /// <param name="studies">The studies, in the row order given to the model.</param>
    /// <param name="fit">The model fitted on them (its weights size the squares).</param>
    /// <param name="prediction">The model's prediction (intercept-only models), or null.</param>
    /// <param name="subgroups">The subgroup analysis (then <see cref="StudySeries.Groups"/> must be set), or null.</param>
    /// <returns>The rows.</returns>
    public static IReadOnlyList<ForestRow> Build(StudySeries studies, RmaResult fit, RmaPrediction? prediction, SubgroupResult? subgroups)
    {
        ArgumentNullException.ThrowIfNull(studies);
        ArgumentNullException.ThrowIfNull(fit);
        var rows = new List<ForestRow>();
        var weight = new Dictionary<int, double>();
        for (int i = 0; i < fit.RowsUsed.Count; i++) weight[fit.RowsUsed[i]] = fit.WeightsPercent[i];
        if (subgroups is null)
        {
            rows.AddRange(Studies(studies, Enumerable.Range(0, studies.Yi.Count), weight, fit));
        }
        else
        {
            var groups = studies.Groups ?? throw new ArgumentException("a plot by subgroup needs each study's group", nameof(studies));
            foreach (var g in subgroups.Groups)
            {
                rows.Add(new ForestRow(g.Level, ForestRowKind.Header, double.NaN, double.NaN, double.NaN, double.NaN));
                var members = Enumerable.Range(0, studies.Yi.Count).Where(i => groups[i] == g.Level);
                rows.AddRange(Studies(studies, members, weight, fit));
                var f = g.Fit;
                rows.Add(new ForestRow($"Subtotal ({g.Level}, k = {f.K})", ForestRowKind.Summary, f.Beta[0], f.CiLb[0], f.CiUb[0], double.NaN));
            }
        }

        if (fit.X.IsInterceptOnly)
        {
            var model = fit.Options.IsEqualEffects ? "EE" : "RE";
            rows.Add(new ForestRow($"{model} model (k = {fit.K})", ForestRowKind.Summary, fit.Beta[0], fit.CiLb[0], fit.CiUb[0], double.NaN));
            if (prediction is not null && !fit.Options.IsEqualEffects)
            {
                rows.Add(new ForestRow("Prediction interval", ForestRowKind.Prediction, prediction.Pred[0], prediction.PiLb[0], prediction.PiUb[0], double.NaN));
            }
        }

        return rows;
    }

    private static IEnumerable<ForestRow> Studies(StudySeries data, IEnumerable<int> rows, Dictionary<int, double> weight, RmaResult fit)
    {
        // study CIs are normal-theory Wald intervals at the model's level, as in metafor's forest()
        double z = Normal.InvCDF(0, 1, 1 - (fit.Options.Alpha / 2));
        foreach (var i in rows)
        {
            if (double.IsNaN(data.Yi[i]) || double.IsNaN(data.Vi[i])) continue;
            double half = z * Math.Sqrt(data.Vi[i]);
            yield return new ForestRow(data.Labels[i], ForestRowKind.Study, data.Yi[i], data.Yi[i] - half, data.Yi[i] + half, weight.GetValueOrDefault(i, double.NaN));
        }
    }
}
