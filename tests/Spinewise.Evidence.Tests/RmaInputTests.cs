using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.Tests;

/// <summary>Rma.Fit owns its inputs and refuses an estimator it does not know.</summary>
public sealed class RmaInputTests
{
    private static readonly double[] Yi = [0.1, 0.3, -0.2, 0.5, 0.05];
    private static readonly double[] Vi = [0.01, 0.02, 0.015, 0.03, 0.012];

    [Fact]
    public void Fit_CallerChangesTheArraysAfterwards_ResultKeepsItsData()
    {
        double[] yi = [.. Yi], vi = [.. Vi];

        var fit = Rma.Fit(yi, vi);
        yi[0] = 99;
        vi[0] = 99;

        fit.Yi[0].ShouldBe(0.1);
        fit.Vi[0].ShouldBe(0.01);
    }

    [Fact]
    public void Fit_UnknownEstimator_Throws()
    {
        var options = new RmaOptions { Method = (TauSquaredEstimator)99 };

        Should.Throw<ArgumentOutOfRangeException>(() => Rma.Fit(Yi, Vi, options));
    }
}
