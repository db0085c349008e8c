using Spinewise.Evidence.Common;
using Spinewise.Evidence.EffectSizes;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Multivariate;

namespace Spinewise.Evidence.Network;

/// <summary>
/// The arm-based model of metafor's dat.senn2013 help page: arm estimates (escalc MN for means, PLO/PLN/PR for events
/// with OR/RR/RD, or the given arm estimates), <c>mods = ~ study + treatment - 1</c> (treatment coded against the
/// reference) and, unless EE, <c>random = ~ treatment | study</c>, struct CS, ρ fixed.
/// </summary>
internal static class ArmBasedModel
{
    public static (RmaMvResult Fit, NetworkFit Network)? Fit(IReadOnlyList<NetworkArmRow> arms, NetworkBuilt net, NetworkOptions options, List<DataDiagnostic> problems)
    {
        var kind = arms[0].Kind;
        var inStudy = net.Studies.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var rows = Enumerable.Range(0, arms.Count).Where(r => inStudy.Contains(arms[r].Study)).ToList();
        double[] yi, vi;
        if (kind == NetworkArmKind.Estimate)
        {
            yi = [.. rows.Select(r => arms[r].Yi!.Value)];
            vi = [.. rows.Select(r => arms[r].Se!.Value * arms[r].Se!.Value)];
        }
        else
        {
            EffectMeasure? armMeasure = (kind, options.Measure) switch
            {
                (NetworkArmKind.Continuous, EffectMeasure.MD) => EffectMeasure.MN,
                (NetworkArmKind.Binary, EffectMeasure.OR) => EffectMeasure.PLO,
                (NetworkArmKind.Binary, EffectMeasure.RR) => EffectMeasure.PLN,
                (NetworkArmKind.Binary, EffectMeasure.RD) => EffectMeasure.PR,
                _ => null,
            };
            if (armMeasure is null)
            {
                problems.Add(new(NetworkDiagnostics.UnsupportedMeasure, -1, "measure", $"the arm-based model has no arm-level measure for {options.Measure} (MD: MN; OR: PLO; RR: PLN; RD: PR)"));
                return null;
            }

            double[] Col(Func<NetworkArmRow, double?> f) => [.. rows.Select(r => f(arms[r]) ?? double.NaN)];
            var data = kind == NetworkArmKind.Continuous
                ? new EscalcData { Mi = Col(a => a.Mean), Sdi = Col(a => a.Sd), Ni = Col(a => a.N) }
                : new EscalcData { Xi = Col(a => a.Events), Ni = Col(a => a.N) };
            var es = Escalc.Compute(armMeasure.Value, data, options.Escalc);
            (yi, vi) = ([.. es.Yi], [.. es.Vi]);
            for (int i = 0; i < rows.Count; i++)
            {
                if (!double.IsFinite(yi[i]) || !(vi[i] > 0))
                {
                    problems.Add(new(NetworkDiagnostics.NonFiniteEffect, rows[i], "yi", $"study '{arms[rows[i]].Study}': escalc gives no finite {armMeasure} with a positive variance for the '{arms[rows[i]].Treatment}' arm"));
                }
            }

            if (problems.Count > 0)
            {
                return null;
            }
        }

        var studies = net.Studies.Select(s => s.Name).ToList();
        var coefs = net.Geometry.Treatments.Select(t => t.Treatment).Where(t => t != net.Reference).ToList();
        var names = studies.Select(s => "study" + s).Concat(coefs).ToList();
        var cols = names.Select(_ => new double[rows.Count]).ToArray();
        for (int i = 0; i < rows.Count; i++)
        {
            var a = arms[rows[i]];
            cols[studies.IndexOf(a.Study)][i] = 1;
            int t = coefs.IndexOf(a.Treatment);
            if (t >= 0) cols[studies.Count + t][i] = 1;
        }

        var model = new RmaMvModel
        {
            Yi = yi,
            V = SamplingCovariance.FromVariances(vi),
            X = new ModelMatrix(names, cols),
            Random = ContrastModels.IsEe(options) ? [] : [RandomTerm.CompoundSymmetry("treatment", "study", options.Rho)],
            Factors = new Dictionary<string, IReadOnlyList<string?>>(StringComparer.Ordinal)
            {
                ["treatment"] = [.. rows.Select(r => (string?)arms[r].Treatment)],
                ["study"] = [.. rows.Select(r => (string?)arms[r].Study)],
            },
        };
        var fit = RmaMv.Fit(model, ContrastModels.MvOptions(options));
        int s0 = studies.Count;
        var beta = fit.Beta.Skip(s0).ToArray();
        var vb = fit.Vb.Skip(s0).Select(r => (IReadOnlyList<double>)r.Skip(s0).ToArray()).ToArray();
        // Var(δ_A − δ_B) = 2τ²(1 − ρ) under CS: the heterogeneity of a contrast.
        double? tau2 = fit.Tau2 is { } t2 ? 2 * t2 * (1 - (fit.Rho ?? options.Rho)) : null;
        return (fit, new NetworkFit(coefs, net.Reference, beta, vb, tau2));
    }
}
