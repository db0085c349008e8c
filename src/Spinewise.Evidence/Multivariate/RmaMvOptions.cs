using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.Multivariate;

/// <summary>Options of <see cref="RmaMv"/> with metafor's defaults.</summary>
public sealed record RmaMvOptions
{
    /// <summary>method: REML (default), ML, or EE/FE (variance components fixed at 0).</summary>
    public TauSquaredEstimator Method { get; init; } = TauSquaredEstimator.REML;

    /// <summary>test: z (default) or t (k - p degrees of freedom, metafor's <c>dfs = "residual"</c>).</summary>
    public TestType Test { get; init; } = TestType.Z;

    /// <summary>Confidence level in percent (default 95).</summary>
    public double Level { get; init; } = 95;

    /// <summary>Maximum Fisher-scoring iterations.</summary>
    public int MaxIter { get; init; } = 1000;

    /// <summary>Convergence: largest relative change of a variance parameter in one iteration.</summary>
    public double Tolerance { get; init; } = 1e-8;

    /// <summary>Alpha = 1 - level/100.</summary>
    public double Alpha => 1 - (Level / 100);

    /// <summary>True for EE/FE.</summary>
    public bool IsEqualEffects => Method is TauSquaredEstimator.EE or TauSquaredEstimator.FE;
}
