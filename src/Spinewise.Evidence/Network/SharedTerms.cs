using Spinewise.Evidence.Common;
using Spinewise.Evidence.EffectSizes;

namespace Spinewise.Evidence.Network;

/// <summary>
/// yi/vi of the arm-vs-baseline contrasts by <see cref="Escalc"/> (same zero-cell rules, applied per contrast as
/// escalc does on to.wide's rows), and the covariance of two contrasts of one study that share its baseline arm:
/// <list type="bullet">
/// <item>MD: sd²/n of the baseline arm (metafor's <c>calc.v</c> for dat.senn2013); ROM: sd²/(n m²).</item>
/// <item>OR: 1/c + 1/d; RR: 1/c − 1/n; RD: p(1 − p)/n (or /(n − 1) for vtype UB); AS: 1/(4n) — the baseline arm's term of
/// the measure's variance, with c, d, n the baseline arm's counts as corrected in each contrast's table. When the
/// zero-cell rule corrected one contrast's table and not the other's, the two terms differ and the covariance is their
/// geometric mean sqrt(b_i b_j), which keeps V = diag(a) + s s' (s_i = sqrt(b_i)) positive definite.</item>
/// <item>SMD: 1/n_b + g_i g_j / (2 N), N the study's total size (Gleser LJ, Olkin I. Stochastically dependent effect
/// sizes. In: Cooper H, Hedges LV, Valentine JC, eds. The Handbook of Research Synthesis and Meta-Analysis, 2nd ed.
/// 2009, ch. 19).</item>
/// <item>Arm estimates with standard errors: yi = y_arm − y_baseline, vi = se_arm² + se_baseline², covariance se_baseline².</item>
/// </list>
/// </summary>
internal static class SharedTerms
{
    public static (double[] Yi, double[] Vi, Func<int, int, double> Shared) Compute(
        IReadOnlyList<NetworkArmRow> arms, List<(int Row1, int Row2, int Study)> pairs, NetworkArmKind kind,
        NetworkOptions options, List<DataDiagnostic> problems, out List<DataDiagnostic> warnings)
    {
        warnings = [];
        int k = pairs.Count;
        var yi = new double[k];
        var vi = new double[k];
        var b = new double[k];
        Func<int, int, double> shared = (i, j) => Math.Sqrt(b[i] * b[j]);
        if (kind == NetworkArmKind.Estimate)
        {
            for (int c = 0; c < k; c++)
            {
                var (a1, a2) = (arms[pairs[c].Row1], arms[pairs[c].Row2]);
                yi[c] = a1.Yi!.Value - a2.Yi!.Value;
                b[c] = a2.Se!.Value * a2.Se.Value;
                vi[c] = (a1.Se!.Value * a1.Se.Value) + b[c];
            }

            return (yi, vi, shared);
        }

        var m = options.Measure;
        double[] Col(Func<NetworkArmRow, double?> f, bool first) => [.. pairs.Select(p => f(arms[first ? p.Row1 : p.Row2]) ?? double.NaN)];
        var data = kind == NetworkArmKind.Binary
            ? new EscalcData { Ai = Col(a => a.Events, true), N1i = Col(a => a.N, true), Ci = Col(a => a.Events, false), N2i = Col(a => a.N, false) }
            : new EscalcData { M1i = Col(a => a.Mean, true), Sd1i = Col(a => a.Sd, true), N1i = Col(a => a.N, true), M2i = Col(a => a.Mean, false), Sd2i = Col(a => a.Sd, false), N2i = Col(a => a.N, false) };
        var es = Escalc.Compute(m, data, options.Escalc);
        foreach (var d in es.Diagnostics)
        {
            problems.Add(d with { Code = NetworkDiagnostics.NonFiniteEffect, Row = d.Row >= 0 ? pairs[d.Row].Row1 : -1, Message = $"{d.Code}: {d.Message}" });
        }

        for (int c = 0; c < k; c++)
        {
            (yi[c], vi[c]) = (es.Yi[c], es.Vi[c]);
            if (!double.IsFinite(yi[c]) || !(vi[c] > 0) || !double.IsFinite(vi[c]))
            {
                problems.Add(new(NetworkDiagnostics.NonFiniteEffect, pairs[c].Row1, "yi",
                    $"study '{arms[pairs[c].Row1].Study}': escalc gives no finite {m} with a positive variance for '{arms[pairs[c].Row1].Treatment}' vs '{arms[pairs[c].Row2].Treatment}' (yi = {yi[c]}, vi = {vi[c]})"));
            }
        }

        if (kind == NetworkArmKind.Binary)
        {
            BinaryTerms(arms, pairs, options, b, warnings);
        }
        else if (m == EffectMeasure.SMD)
        {
            var total = pairs.GroupBy(p => p.Study).ToDictionary(g => g.Key, g => g.Sum(p => arms[p.Row1].N!.Value) + arms[g.First().Row2].N!.Value);
            shared = (i, j) => (1 / arms[pairs[i].Row2].N!.Value) + (yi[i] * yi[j] / (2 * total[pairs[i].Study]));
        }
        else
        {
            for (int c = 0; c < k; c++)
            {
                var a2 = arms[pairs[c].Row2];
                double v = a2.Sd!.Value * a2.Sd.Value / a2.N!.Value;
                b[c] = m == EffectMeasure.ROM ? v / (a2.Mean!.Value * a2.Mean.Value) : v;
            }
        }

        return (yi, vi, shared);
    }

    private static void BinaryTerms(IReadOnlyList<NetworkArmRow> arms, List<(int Row1, int Row2, int Study)> pairs, NetworkOptions options, double[] b, List<DataDiagnostic> warnings)
    {
        var m = options.Measure;
        var eo = options.Escalc;
        double add = eo.EffectiveAdd(m);
        bool Zero(int c)
        {
            var (a1, a2) = (arms[pairs[c].Row1], arms[pairs[c].Row2]);
            return a1.Events == 0 || a1.Events == a1.N || a2.Events == 0 || a2.Events == a2.N;
        }

        bool any0 = Enumerable.Range(0, pairs.Count).Any(Zero);
        for (int c = 0; c < pairs.Count; c++)
        {
            var a2 = arms[pairs[c].Row2];
            bool corrected = add != 0 && eo.To switch
            {
                ZeroCellRule.All => true,
                ZeroCellRule.Only0 => Zero(c),
                ZeroCellRule.If0All => any0,
                _ => false,
            };
            if (corrected && Zero(c))
            {
                warnings.Add(new(NetworkDiagnostics.ZeroCellCorrection, pairs[c].Row1, "events",
                    $"study '{a2.Study}': {add} added to every cell of '{arms[pairs[c].Row1].Treatment}' vs '{a2.Treatment}' (a zero cell)"));
            }

            double inc = corrected ? add : 0;
            double cc = a2.Events!.Value + inc, dd = a2.N!.Value - a2.Events.Value + inc, n = cc + dd, p = cc / n;
            b[c] = m switch
            {
                EffectMeasure.OR => (1 / cc) + (1 / dd),
                EffectMeasure.RR => (1 / cc) - (1 / n),
                EffectMeasure.RD => p * (1 - p) / (eo.VType == VarianceType.UB ? n - 1 : n),
                _ => 1 / (4 * n),
            };
        }
    }
}
