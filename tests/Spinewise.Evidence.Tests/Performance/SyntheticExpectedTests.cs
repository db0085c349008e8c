using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.Tests.Performance;

/// <summary>The data sets the benchmarks time give metafor's estimates (perf/synthetic_expected.csv).</summary>
public sealed class SyntheticExpectedTests
{
    // DL is closed form (~1e-12 relative in the README; 1e-9 allows for summation order over 10,000 studies).
    // REML stops at metafor's default threshold; the engine follows metafor's Fisher scoring step for step.
    private const double ClosedForm = 1e-9;
    private const double Iterative = 1e-6;

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        foreach (var (k, method, _) in SyntheticData.Expected())
        {
            if (File.Exists(Path.Combine(SyntheticData.Folder, "data", $"synthetic_k{k}.csv")))
            {
                data.Add(k, method);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fit_SyntheticSet_EqualsMetaforEstimates(int k, string method)
    {
        var expected = SyntheticData.Expected().Single(e => e.K == k && e.Method == method).Values;
        var (yi, vi) = SyntheticData.Load(k);

        var fit = Rma.Fit(yi, vi, new RmaOptions { Method = Enum.Parse<TauSquaredEstimator>(method) });

        var tolerance = method == "DL" ? ClosedForm : Iterative;
        Close(fit.Beta[0], expected["beta"], tolerance, "beta");
        Close(fit.Se[0], expected["se"], tolerance, "se");
        Close(fit.Tau2, expected["tau2"], tolerance, "tau2");
        Close(fit.SeTau2, expected["se.tau2"], tolerance, "se.tau2");
        Close(fit.I2, expected["I2"], tolerance, "I2");
        Close(fit.H2, expected["H2"], tolerance, "H2");
        Close(fit.QE, expected["QE"], ClosedForm, "QE");
        Close(fit.CiLb[0], expected["ci.lb"], tolerance, "ci.lb");
        Close(fit.CiUb[0], expected["ci.ub"], tolerance, "ci.ub");
    }

    private static void Close(double actual, double expected, double relative, string name) =>
        Math.Abs(actual - expected).ShouldBeLessThanOrEqualTo(relative * Math.Abs(expected) + 1e-12, $"{name}: {actual} vs {expected}");
}
