using Spinewise.Evidence.Common;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Tests.Reference;

namespace Spinewise.Evidence.Tests;

public sealed class PropertyTests
{
    private static (double[] Yi, double[] Vi) Bcg()
    {
        var input = ReferenceCases.Get("rma_REML_bcg_RR")["input"]!;
        return (Json.Arr(input["yi"]), Json.Arr(input["vi"]));
    }

    public static TheoryData<TauSquaredEstimator> Methods =>
        new(Enum.GetValues<TauSquaredEstimator>());

    [Theory]
    [MemberData(nameof(Methods))]
    public void Permuting_studies_changes_nothing(TauSquaredEstimator method)
    {
        var (yi, vi) = Bcg();
        var order = Enumerable.Range(0, yi.Length).Reverse().ToArray();
        (order[0], order[5]) = (order[5], order[0]);
        var o = new RmaOptions { Method = method, Threshold = 1e-12, MaxIter = 1000, Tol = 1e-12 };
        var a = Rma.Fit(yi, vi, o);
        var b = Rma.Fit(order.Select(i => yi[i]).ToArray(), order.Select(i => vi[i]).ToArray(), o);
        b.Beta[0].ShouldBe(a.Beta[0], 1e-10);
        b.Se[0].ShouldBe(a.Se[0], 1e-10);
        b.Tau2.ShouldBe(a.Tau2, 1e-9);
        b.QE.ShouldBe(a.QE, 1e-9);
        b.FitREML.LogLik.ShouldBe(a.FitREML.LogLik, 1e-9);
    }

    [Fact]
    public void EE_equals_REML_when_tau2_is_zero()
    {
        // homogeneous data: all yi equal, so every estimator gives tau2 = 0
        double[] yi = [0.3, 0.3, 0.3, 0.3, 0.3];
        double[] vi = [0.1, 0.2, 0.05, 0.3, 0.15];
        var ee = Rma.Fit(yi, vi, new RmaOptions { Method = TauSquaredEstimator.EE });
        var reml = Rma.Fit(yi, vi, new RmaOptions { Method = TauSquaredEstimator.REML });
        reml.Tau2.ShouldBe(0);
        reml.Beta[0].ShouldBe(ee.Beta[0], 1e-12);
        reml.Se[0].ShouldBe(ee.Se[0], 1e-12);
        reml.CiLb[0].ShouldBe(ee.CiLb[0], 1e-12);
    }

    [Fact]
    public void K_equals_1_behaves_like_metafor()
    {
        var res = Rma.Fit([0.5], [0.04], new RmaOptions { Method = TauSquaredEstimator.REML });
        res.K.ShouldBe(1);
        res.Tau2.ShouldBe(0);
        double.IsNaN(res.SeTau2).ShouldBeTrue();
        res.Beta[0].ShouldBe(0.5, 1e-15);
        res.Se[0].ShouldBe(0.2, 1e-15);
        res.QE.ShouldBe(0);
        res.QEp.ShouldBe(1);
        res.I2.ShouldBe(0);
        res.H2.ShouldBe(1);
        res.FitML.Deviance.ShouldBe(0);
    }

    [Fact]
    public void K_equals_2_fits_random_effects_model()
    {
        // two studies: DL tau2 = (Q - 1) / (sum w - sum w^2 / sum w), computed by hand
        double[] yi = [0.0, 1.0];
        double[] vi = [0.1, 0.1];
        var res = Rma.Fit(yi, vi, new RmaOptions { Method = TauSquaredEstimator.DL });
        double q = 5.0; // sum w (y - 0.5)^2 = 10 * 0.25 * 2
        res.QE.ShouldBe(q, 1e-12);
        res.Tau2.ShouldBe((q - 1) / (20 - (200.0 / 20)), 1e-12);
        res.Beta[0].ShouldBe(0.5, 1e-12);
    }

    [Fact]
    public void Small_k_with_z_test_suggests_Knapp_Hartung()
    {
        var (yi, vi) = Bcg();
        var res = Rma.Fit(yi.Take(5).ToArray(), vi.Take(5).ToArray());
        res.Suggestions.ShouldContain(s => s.Contains("test=\"knha\"", StringComparison.Ordinal));
        Rma.Fit(yi.Take(5).ToArray(), vi.Take(5).ToArray(), new RmaOptions { Test = TestType.Knha }).Suggestions.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Rma_TwoOrFewerStudies_NoKnappHartungSuggestion(int k)
    {
        var (yi, vi) = Bcg();

        var res = Rma.Fit(yi.Take(k).ToArray(), vi.Take(k).ToArray());

        res.Suggestions.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(TauSquaredEstimator.DL, "DL estimator cannot be used when there are non-positive sampling variances in the data (row 3: vi = 0).")]
    [InlineData(TauSquaredEstimator.PM, "PM estimator cannot be used when there are non-positive sampling variances in the data (row 3: vi = 0).")]
    [InlineData(TauSquaredEstimator.REML, "non-positive sampling variances (row 3: vi = 0)")]
    [InlineData(TauSquaredEstimator.EE, "non-positive sampling variances (row 3: vi = 0)")]
    public void Rma_ZeroSamplingVariance_StopsNamingTheRow(TauSquaredEstimator method, string message)
    {
        var (yi, vi) = Bcg();
        vi[2] = 0;

        var ex = Should.Throw<MetaAnalysisException>(() => Rma.Fit(yi, vi, new RmaOptions { Method = method }));

        ex.Message.ShouldContain(message);
    }

    [Fact]
    public void Missing_values_are_dropped_with_metafor_warning()
    {
        var (yi, vi) = Bcg();
        yi[3] = double.NaN;
        var res = Rma.Fit(yi, vi);
        res.K.ShouldBe(12);
        res.Warnings.ShouldContain("Studies with NAs omitted from model fitting.");
    }

    [Fact]
    public void Bad_counts_give_diagnostics_not_exceptions()
    {
        var data = new EffectSizes.EscalcData { Ai = [1, -2], Bi = [10, 10], Ci = [3, 4], Di = [9, 9] };
        var res = EffectSizes.Escalc.Compute(EffectSizes.EffectMeasure.OR, data);
        double.IsNaN(res.Yi[1]).ShouldBeTrue();
        res.Diagnostics.ShouldContain(d => d.Row == 1 && d.Column == "ai" && d.Code == "NEGATIVE_COUNT");
    }
}
