using Spinewise.Evidence.Models;
using Spinewise.Evidence.Multivariate;
using Spinewise.Evidence.Network;

namespace Spinewise.Evidence.Tests.Network;

/// <summary>The design-by-treatment Wald test by design-wise GLS against an rma.mv fit of the augmented design.</summary>
public sealed class DesignByTreatmentTests
{
    [Theory]
    [InlineData(TauSquaredEstimator.REML)]
    [InlineData(TauSquaredEstimator.ML)]
    [InlineData(TauSquaredEstimator.EE)]
    public void Assess_Senn2013_EqualsRmaMvWaldOfTheDesignTerms(TauSquaredEstimator method)
    {
        // Given senn2013 and the consistency design augmented by the design-specific columns it does not span
        var options = new NetworkOptions { Reference = "placebo", Method = method };
        var res = NetworkMetaAnalysis.Fit(NetworkData.FromArms(NetworkArms.Senn()), options).Result!;
        var net = ArmContrasts.Build(NetworkArms.Senn(), options, [])!;
        var x = ContrastModels.Design(net, res.Fit.CoefNames);
        int k = net.Contrasts.Count, p = x.P;
        var basis = new List<double[]>();
        var cols = Enumerable.Range(0, p).Select(j => (IReadOnlyList<double>)Enumerable.Range(0, k).Select(i => x[i, j]).ToArray()).ToList();
        foreach (var c in cols)
        {
            DesignByTreatment.TryAdd(basis, [.. c]);
        }

        var names = new List<string>(x.ColumnNames);
        foreach (var g in net.Studies.SelectMany(s => s.Rows.Select(r => (s.Design, Row: r))).GroupBy(c => (c.Design, net.Contrasts[c.Row].Treatment1)))
        {
            var col = new double[k];
            foreach (var c in g) col[c.Row] = 1;
            if (DesignByTreatment.TryAdd(basis, [.. col]))
            {
                cols.Add(col);
                names.Add($"d{names.Count}");
            }
        }

        // When rma.mv fits it
        var fit = RmaMv.Fit(ContrastModels.Model(net, new ModelMatrix(names, cols), options, withDesign: false), ContrastModels.MvOptions(options));
        var wald = RmaMv.Wald(fit, [.. Enumerable.Range(p, cols.Count - p)]);

        // Then the engine's df, τ² and Wald statistic are rma.mv's
        var inc = res.Inconsistency!;
        inc.Df.ShouldBe(cols.Count - p);
        (inc.DesignTau2 ?? double.NaN).ShouldBe(fit.Tau2 ?? 0, 1e-6 * Math.Max(1, fit.Tau2 ?? 0) + 1e-9);
        inc.QM.ShouldBe(wald.QM, 1e-5 * wald.QM);
        inc.QHeterogeneity.ShouldBe(fit.QE, 1e-9 * fit.QE);
        inc.QHeterogeneityDf.ShouldBe(fit.QEdf);
    }
}
