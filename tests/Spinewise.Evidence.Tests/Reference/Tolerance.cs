namespace Spinewise.Evidence.Tests.Reference;

/// <summary>Absolute + relative tolerance; named constants follow the reference README.</summary>
internal readonly record struct Tolerance(double Absolute, double Relative)
{
    /// <summary>
    /// Closed-form quantities: floating-point noise only. README says ~1e-12 relative; we allow 1e-9 because
    /// p values from (MathNet) incomplete gamma/beta functions and R's LAPACK-based QE differ by up to ~2e-10
    /// relative (e.g. metareg_DL_hackshaw1998_year QEp 0.08558955402652 vs 0.08558955401177).
    /// </summary>
    public static readonly Tolerance ClosedForm = new(1e-12, 1e-9);

    /// <summary>
    /// Default-control iterative fits (REML/ML/EB/PM). README allows ~1e-4 absolute on tau2, but the engine replays
    /// metafor's Fisher scoring and uniroot step by step, so default results agree to ~1e-8 relative.
    /// </summary>
    public static readonly Tolerance Iterative = new(1e-10, 1e-8);

    /// <summary>Tightly converged refits (threshold/tol 1e-12) compared with tight metafor values.</summary>
    public static readonly Tolerance Tight = new(1e-8, 1e-7);

    /// <summary>Q-profile limits with the default uniroot tolerance: same iterates as R, so they agree to ~1e-8 relative.</summary>
    public static readonly Tolerance ConfintDefault = new(1e-10, 1e-8);

    public override string ToString() => $"abs {Absolute:E0} rel {Relative:E0}";
}
