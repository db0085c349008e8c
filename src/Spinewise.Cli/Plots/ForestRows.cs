using Spinewise.Cli.Commands.Meta;
using Spinewise.Evidence.Models;

namespace Spinewise.Cli.Plots;

/// <summary>Lays out forest-plot rows: studies (by subgroup when given), subgroup and overall diamonds, prediction interval.</summary>
internal static class ForestRows
{
    public static List<ForestRow> Build(StudyData data, RmaResult fit, RmaPrediction? prediction, SubgroupResult? sub)
    {
        var rows = new List<ForestRow>();
        var weight = new Dictionary<int, double>();
        for (int i = 0; i < fit.RowsUsed.Count; i++) weight[fit.RowsUsed[i]] = fit.WeightsPercent[i];
        if (sub is null)
        {
            rows.AddRange(Studies(data, Enumerable.Range(0, data.Yi.Length), weight, fit));
        }
        else
        {
            var groups = data.Table.Text(data.Settings["subgroup"]!.ToString()!);
            foreach (var g in sub.Groups)
            {
                rows.Add(new ForestRow(g.Level, ForestRowKind.Header, double.NaN, double.NaN, double.NaN, double.NaN));
                var members = Enumerable.Range(0, data.Yi.Length).Where(i => groups[i] == g.Level);
                rows.AddRange(Studies(data, members, weight, fit));
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

    private static IEnumerable<ForestRow> Studies(StudyData data, IEnumerable<int> rows, Dictionary<int, double> weight, RmaResult fit)
    {
        // study CIs are normal-theory Wald intervals at the model's level, as in metafor's forest()
        double z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - (fit.Options.Alpha / 2));
        foreach (var i in rows)
        {
            if (double.IsNaN(data.Yi[i]) || double.IsNaN(data.Vi[i])) continue;
            double half = z * Math.Sqrt(data.Vi[i]);
            yield return new ForestRow(data.Labels[i], ForestRowKind.Study, data.Yi[i], data.Yi[i] - half, data.Yi[i] + half, weight.GetValueOrDefault(i, double.NaN));
        }
    }
}
