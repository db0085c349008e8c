using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.Models;

/// <summary>Options of <see cref="Rma"/> with metafor's defaults.</summary>
public sealed record RmaOptions
{
    /// <summary>tau² estimator (<c>method</c>, default REML).</summary>
    public TauSquaredEstimator Method { get; init; } = TauSquaredEstimator.REML;

    /// <summary>Test for the fixed effects (<c>test</c>, default z).</summary>
    public TestType Test { get; init; } = TestType.Z;

    /// <summary>Confidence level in percent (<c>level</c>, default 95).</summary>
    public double Level { get; init; } = 95;

    /// <summary>Optional user weights (<c>weights</c>); null for inverse-variance weights.</summary>
    public IReadOnlyList<double>? Weights { get; init; }

    /// <summary>Convergence threshold on the change in tau² for ML/REML/EB (<c>threshold</c>, default 1e-5).</summary>
    public double Threshold { get; init; } = 1e-5;

    /// <summary>Maximum Fisher-scoring iterations (<c>maxiter</c>, default 100).</summary>
    public int MaxIter { get; init; } = 100;

    /// <summary>Step adjustment of Fisher scoring (<c>stepadj</c>, default 1).</summary>
    public double StepAdj { get; init; } = 1;

    /// <summary>Root-finding tolerance for PM (<c>tol</c>, default .Machine$double.eps^0.25).</summary>
    public double Tol { get; init; } = RootFinder.DefaultTolerance;

    /// <summary>Initial tau² for ML/REML/EB (default: the HE estimate) and SJ (default: the variance of yi).</summary>
    public double? Tau2Init { get; init; }

    /// <summary>Fixes tau² at this value instead of estimating it (<c>tau2</c>).</summary>
    public double? FixedTau2 { get; init; }

    /// <summary>Alpha = 1 - level/100.</summary>
    public double Alpha => 1 - (Level / 100);

    /// <summary>True for EE/FE.</summary>
    public bool IsEqualEffects => Method is TauSquaredEstimator.EE or TauSquaredEstimator.FE;
}
