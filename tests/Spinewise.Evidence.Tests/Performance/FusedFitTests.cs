using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.Tests.Performance;

/// <summary>The fused intercept-only passes give what the general weighted least squares gives.</summary>
public sealed class FusedFitTests
{
    [Theory]
    [InlineData(1, 0.0)]
    [InlineData(7, 0.0)]
    [InlineData(13, 0.04)]
    [InlineData(1000, 0.2)]
    public void Centred_InterceptOnly_EqualsGeneralSolve(int k, double tau2)
    {
        var random = new Random(k);
        var vi = Enumerable.Range(0, k).Select(_ => 4.0 / random.Next(20, 401)).ToArray();
        var yi = vi.Select(v => 0.3 + (Math.Sqrt(v + 0.05) * (random.NextDouble() - 0.5))).ToArray();
        var x = ModelMatrix.InterceptOnly(k);
        using var ws = new FitWorkspace(x, yi, vi);

        var fused = ws.Centred(tau2, traces: true);

        var core = new WlsCore(x);
        var w = vi.Select(v => 1 / (v + tau2)).ToArray();
        var general = core.Solve(w, yi, ws.Mean)!;
        fused.Beta[0].ShouldBe(general.Beta[0], 1e-12 * (1 + Math.Abs(general.Beta[0])));
        fused.A[0].ShouldBe(general.A[0], 1e-12 * general.A[0]);
        fused.LogDetXtWX.ShouldBe(general.LogDetXtWX, 1e-12 * Math.Abs(general.LogDetXtWX) + 1e-12);
        fused.Rss.ShouldBe(general.Rss, 1e-11 * (1 + general.Rss));
        fused.RssP2.ShouldBe(general.RssP2, 1e-11 * (1 + general.RssP2));
        fused.SumW.ShouldBe(w.Sum(), 1e-12 * w.Sum());
        fused.SumW2.ShouldBe(w.Sum(t => t * t), 1e-12 * w.Sum(t => t * t));
        double trP = core.TraceP(w, general.A), trPP = core.TracePDPD(w, general.A, default, default);
        fused.TraceP.ShouldBe(trP, 1e-11 * (1 + Math.Abs(trP)));
        fused.TracePP.ShouldBe(trPP, 1e-11 * (1 + Math.Abs(trPP)));
    }

    [Fact]
    public void Fit_ConcurrentCallers_GiveTheSequentialResults()
    {
        // Given data sets of different sizes (so pooled buffers of several lengths are in use at once)
        var sets = Enumerable.Range(0, 24).Select(s => Synthetic(2000 + (s * 997), s)).ToArray();
        var methods = new[] { TauSquaredEstimator.REML, TauSquaredEstimator.DL, TauSquaredEstimator.SJ };
        var sequential = sets.Select((d, i) => Rma.Fit(d.Yi, d.Vi, new RmaOptions { Method = methods[i % 3] })).ToArray();

        // When the same fits run on several threads, repeatedly
        var parallel = new RmaResult[sets.Length * 4];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var d = sets[i % sets.Length];
            parallel[i] = Rma.Fit(d.Yi, d.Vi, new RmaOptions { Method = methods[i % sets.Length % 3] });
        });

        // Then every result is bit for bit the sequential one
        for (int i = 0; i < parallel.Length; i++)
        {
            var expected = sequential[i % sets.Length];
            parallel[i].Tau2.ShouldBe(expected.Tau2);
            parallel[i].SeTau2.ShouldBe(expected.SeTau2);
            parallel[i].Beta[0].ShouldBe(expected.Beta[0]);
            parallel[i].QE.ShouldBe(expected.QE);
            parallel[i].FitREML.LogLik.ShouldBe(expected.FitREML.LogLik);
        }
    }

    [Fact]
    public void WeightsPercent_InverseVariance_SumTo100AndFollowVi()
    {
        var (yi, vi) = Synthetic(501, 7);

        var fit = Rma.Fit(yi, vi);

        fit.WeightsPercent.Count.ShouldBe(501);
        fit.WeightsPercent.Sum().ShouldBe(100, 1e-9);
        double sumW = vi.Sum(v => 1 / (v + fit.Tau2));
        fit.WeightsPercent[3].ShouldBe(100 / (vi[3] + fit.Tau2) / sumW, 1e-12);
    }

    [Fact]
    public void Fit_NaNInsideTheVectorPart_DropsTheRowWithWarning()
    {
        var (yi, vi) = Synthetic(40, 3);
        var expected = Rma.Fit(yi.Where((_, i) => i != 9).ToArray(), vi.Where((_, i) => i != 9).ToArray());
        yi[9] = double.NaN;

        var fit = Rma.Fit(yi, vi);

        fit.K.ShouldBe(39);
        fit.Warnings.ShouldContain("Studies with NAs omitted from model fitting.");
        fit.RowsUsed.ShouldNotContain(9);
        fit.Tau2.ShouldBe(expected.Tau2);
    }

    [Fact]
    public void Fit_HeWithMoreThan46340Studies_HasAStandardError()
    {
        // (k - p)² no longer overflows the checked int arithmetic
        var (yi, vi) = Synthetic(50_000, 5);

        var fit = Rma.Fit(yi, vi, new RmaOptions { Method = TauSquaredEstimator.HE });

        double.IsFinite(fit.SeTau2).ShouldBeTrue();
    }

    private static (double[] Yi, double[] Vi) Synthetic(int k, int seed)
    {
        var random = new Random(seed);
        var vi = Enumerable.Range(0, k).Select(_ => 4.0 / random.Next(20, 401)).ToArray();
        var yi = vi.Select(v => 0.3 + (Math.Sqrt(v + 0.05) * (random.NextDouble() - 0.5) * 3)).ToArray();
        return (yi, vi);
    }
}
